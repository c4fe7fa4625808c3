import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { launchBrowser, openPage } from '../support/browser';
import { startConsoleApp } from '../support/console-app';
import type { ConsoleApp } from '../support/console-app';

/** The sign-in page in a real browser: what anyone sees first, in both languages. */
describe('the console sign-in page', () => {
  let app: ConsoleApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startConsoleApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  beforeEach(async () => {
    page = await openPage(browser, app.url, '/hazards');
  });
  afterEach(() => page.context().close());

  it('is where a visitor without a session lands, with 用户名, 密码 and 登录', async () => {
    await page.waitForURL(/\/sign-in\?next=%2Fhazards$/);
    await page.getByLabel('用户名').waitFor();
    await expect(page.getByLabel('密码').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: '登录', exact: true }).isVisible()).resolves.toBe(
      true,
    );
    expect(await page.evaluate('document.documentElement.lang')).toBe('zh-CN');
  });

  it('asks for both fields before sending anything', async () => {
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByText('请填写用户名').waitFor();
    await page.getByText('请填写密码').waitFor();
    expect(page.url()).toMatch(/\/sign-in/);
  });

  it('switches to English, and the browser remembers it', async () => {
    await page.getByText('English', { exact: true }).click();
    await page.getByLabel('Login name').waitFor();
    await expect(page.getByRole('button', { name: 'Sign in' }).isVisible()).resolves.toBe(true);
    await page.reload();
    await page.getByLabel('Login name').waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await page.getByText('中文', { exact: true }).click();
    await page.getByLabel('用户名').waitFor();
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    await page.getByLabel('用户名').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
