import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newVisitor } from '../support/browser';
import { startConsoleApp } from '../support/console-app';
import type { ConsoleApp } from '../support/console-app';
import { createPerson, signIn } from '../support/console-people';
import type { Person } from '../support/console-people';
import { listingBody } from '../support/hazard-requests';

/** 每周一报 in the console: the API's own printable page, in the language chosen. */
describe('the weekly digest in the console', () => {
  let app: ConsoleApp;
  let browser: Browser;
  let clerk: Person;
  let page: Page;

  /** The week's figures in words (the headline names the minute it was computed at). */
  const weekSummary = async (lang: string): Promise<string> =>
    (
      await app
        .http()
        .get(`/api/digests/weekly/current?format=json&lang=${lang}`)
        .set('Authorization', clerk.auth)
        .expect(200)
    ).body.digest.weekSummary;

  beforeAll(async () => {
    app = await startConsoleApp();
    clerk = await createPerson(app, { name: '安委办', login: 'clerk', roles: ['committee'] });
    await app.http().post('/api/hazards').set('Authorization', clerk.auth).send(listingBody);
    await app.readModelsCaughtUp();
    browser = await launchBrowser();
    page = await (await newVisitor(browser, app.url)).newPage();
    await signIn(page, clerk);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("shows this week's provisional digest as the API renders it", async () => {
    await page.goto('/digests');
    const digest = page.frameLocator('iframe');
    await digest.getByText(await weekSummary('zh-CN'), { exact: true }).waitFor();
  });

  it('prints the framed digest (the frame lets the console call its print)', async () => {
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.getByRole('button', { name: '打印' }).click();
    expect(errors).toEqual([]);
  });

  it('shows it in English once the console speaks English', async () => {
    await page.getByText('English', { exact: true }).click();
    const digest = page.frameLocator('iframe');
    await digest.getByText(await weekSummary('en'), { exact: true }).waitFor();
  });
});
