import type { Page } from 'playwright-core';
import { standingStill } from '../support/standing-still';

/**
 * What the specs read off the console's pages, by accessible names and visible words only,
 * as a person (or a screen reader) would.
 */

/** The dialog opened by a case's action button, submitted with its button of the same name. */
export async function act(page: Page, action: string, fill?: () => Promise<void>) {
  await page.getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: action });
  await dialog.waitFor();
  await standingStill(page);
  await fill?.();
  await dialog.getByRole('button', { name: action, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** The state shown at the top of the case page. */
export const caseHeading = (page: Page) => page.locator('article[aria-labelledby="case-title"]');

export async function waitForState(page: Page, stateLabel: string) {
  await caseHeading(page).getByText(stateLabel, { exact: true }).first().waitFor();
}

/** The timeline's entries, each as one line of text. */
export async function timeline(page: Page): Promise<string[]> {
  const entries = page.locator('.timeline-entry');
  return entries.allInnerTexts();
}

/** The count of a state in the dashboard's table of cases by state. */
export async function dashboardCount(page: Page, stateLabel: string): Promise<number> {
  await page.goto('/dashboard');
  const card = page.locator('.ant-card', {
    has: page.getByRole('heading', { name: '各状态案件数' }),
  });
  const row = card
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: stateLabel, exact: true }) });
  await row.waitFor();
  // The row reads "<state>\t<count>".
  return Number((await row.innerText()).trim().split(/\s+/).at(-1));
}

/** Picks a date and time in an Ant Design date picker by typing it, as a keyboard user would. */
export async function typeDate(page: Page, label: string, value: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

/**
 * Opens an Ant Design select by its label and returns the texts of the options it shows,
 * once its list has come in and stopped moving. A dropdown that closed before it could be
 * read is opened again, twice at most.
 * (Its visible options carry no ARIA role; a hidden listbox beside them serves screen readers.)
 */
export async function openSelect(page: Page, label: string): Promise<string[]> {
  const dropdown = page.locator('.ant-select-dropdown:visible');
  const options = dropdown.locator('.ant-select-item-option');
  let texts: string[] = [];
  for (let attempt = 0; attempt < 3 && texts.length === 0; attempt += 1) {
    if ((await dropdown.count()) === 0) await page.getByLabel(label, { exact: true }).click();
    await options.first().waitFor();
    await standingStill(page);
    texts = await options.allInnerTexts();
  }
  return texts;
}

/** Chooses in the open select as a keyboard user would: types to filter, Enter to pick. */
export async function chooseOption(page: Page, text: string) {
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}
