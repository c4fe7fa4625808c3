import type { Page } from 'playwright-core';

// An expression, not a function: run through the DevTools protocol, where the console's CSP
// (no eval, no inline script) does not apply, and compiled here without the DOM's types.
const STANDING_STILL = `document.getAnimations().every(
  (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity,
)`;

/**
 * Waits (5 s at most) for the page's finite animations to end: Ant Design's dialogs and
 * dropdowns zoom, fade and slide in, and a person waits for them to stand still before using
 * or reading them. Spinners and pulsing dots run for ever, and are no reason to wait.
 */
export async function standingStill(page: Page): Promise<void> {
  for (let i = 0; i < 100 && !(await page.evaluate(STANDING_STILL)); i += 1) {
    await page.waitForTimeout(50);
  }
}
