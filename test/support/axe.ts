import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// Expressions, not functions: run through the DevTools protocol, where the console's CSP
// (no eval, no inline script) does not apply, and compiled here without the DOM's types.
const STANDING_STILL = `document.getAnimations().every(
  (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity,
)`;

export interface Violation {
  id: string;
  impact: Result['impact'];
  help: string;
  targets: string[];
}

/** Runs axe-core in the page (WCAG 2.x A and AA) and returns its serious and critical findings. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  // A dialog fading in is half transparent: its contrast is judged once it stands still
  // (spinners and pulsing dots run for ever, and are no reason to wait).
  for (let i = 0; i < 100 && !(await page.evaluate(STANDING_STILL)); i += 1) {
    await page.waitForTimeout(50);
  }
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
