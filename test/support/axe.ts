import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';
import { standingStill } from './standing-still';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// Expressions, not functions: run through the DevTools protocol, where the console's CSP
// (no eval, no inline script) does not apply, and compiled here without the DOM's types.

export interface Violation {
  id: string;
  impact: Result['impact'];
  help: string;
  targets: string[];
}

/** Runs axe-core in the page (WCAG 2.x A and AA) and returns its serious and critical findings. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  // A dialog fading in is half transparent: its contrast is judged once it stands still.
  await standingStill(page);
  await page.evaluate(AXE_SOURCE);
  const results = (await page.evaluate(
    `axe.run({ runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_A_AA)} }, resultTypes: ['violations'] })`,
  )) as AxeResults;
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
}
