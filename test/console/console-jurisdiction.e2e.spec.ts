import request from 'supertest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newVisitor } from '../support/browser';
import { startConsoleApp } from '../support/console-app';
import type { ConsoleApp } from '../support/console-app';
import { createPerson, signIn } from '../support/console-people';
import type { Person } from '../support/console-people';
import { freshListing } from '../support/hazard-requests';
import { dashboardCount } from './console-pages';

const SHUITOU = '水头镇石材厂承重墙开裂';
const GUANQIAO = '官桥镇食品厂液氨储罐泄漏风险';

/** What a town's user sees, and what a wrong password does, in the browser. */
describe('the console within a jurisdiction, and a wrong password', () => {
  let app: ConsoleApp;
  let browser: Browser;
  let town: Person;
  let guanqiaoCase: string;

  beforeAll(async () => {
    app = await startConsoleApp();
    const clerk = await createPerson(app, { name: '安委办', login: 'clerk', roles: ['committee'] });
    town = await createPerson(app, {
      name: '水头镇安办',
      login: 'shuitou',
      roles: ['town'],
      towns: ['水头镇'],
    });
    const list = (body: object) =>
      app.http().post('/api/hazards').set('Authorization', clerk.auth).send(body).expect(201);
    await list(freshListing({ title: SHUITOU, town: '水头镇' }));
    guanqiaoCase = (await list(freshListing({ title: GUANQIAO, town: '官桥镇' }))).body.id;
    await app.readModelsCaughtUp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  describe('a town user', () => {
    let page: Page;
    beforeAll(async () => {
      page = await (await newVisitor(browser, app.url)).newPage();
      await signIn(page, town);
    });

    it('sees only their town in the hazard list', async () => {
      await page.goto('/hazards');
      await page.getByRole('link', { name: SHUITOU }).waitFor();
      const rows = page.locator('.ant-table-tbody tr.ant-table-row');
      expect(await rows.count()).toBe(1);
      expect(await page.getByRole('link', { name: GUANQIAO }).count()).toBe(0);
      await page.getByText('共 1 条').waitFor();
    });

    it('counts only their town on the dashboard', async () => {
      expect(await dashboardCount(page, '已挂牌，待指定挂牌领导')).toBe(1);
    });

    it("is refused another town's case, with the API's words", async () => {
      const refusal = await app
        .http()
        .get(`/api/hazards/${guanqiaoCase}`)
        .set('Authorization', town.auth)
        .expect(403);
      await page.goto(`/hazards/${guanqiaoCase}`);
      await page.getByRole('alert').getByText(refusal.body.detail).waitFor();
      expect(await page.getByRole('heading', { name: GUANQIAO }).count()).toBe(0);
    });

    it('is told an address names no page, and finds the way home', async () => {
      await page.goto('/no-such-page');
      await page.getByRole('heading', { name: '页面不存在' }).waitFor();
      await page.getByRole('button', { name: '返回首页' }).click();
      await page.waitForURL((url) => url.pathname !== '/no-such-page');
      expect(await page.getByRole('heading', { name: '页面不存在' }).count()).toBe(0);
    });
  });

  describe('a wrong password', () => {
    const attempt = async (page: Page, language: 'zh-CN' | 'en') => {
      const expected = await request(app.app.getHttpServer())
        .post('/api/session')
        .set('Accept-Language', language)
        .send({ login: town.login, password: 'not-the-password' })
        .expect(401);
      await page.getByLabel(language === 'en' ? 'Login name' : '用户名').fill(town.login);
      await page.getByLabel(language === 'en' ? 'Password' : '密码').fill('not-the-password');
      await page.getByRole('button', { name: language === 'en' ? 'Sign in' : '登录' }).click();
      await page.getByRole('alert').getByText(expected.body.detail, { exact: true }).waitFor();
      return expected.body.detail as string;
    };

    it("shows the API's message and does not sign in", async () => {
      const context = await newVisitor(browser, app.url);
      const page = await context.newPage();
      await page.goto('/sign-in');
      expect(await attempt(page, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
      expect(new URL(page.url()).pathname).toBe('/sign-in');
      expect((await context.cookies()).map((c) => c.name)).not.toContain('hz_session');
      await page.goto('/hazards');
      await page.waitForURL(/\/sign-in\?next=%2Fhazards$/);
      await context.close();
    });

    it('says so in English when English is chosen', async () => {
      const context = await newVisitor(browser, app.url);
      const page = await context.newPage();
      await page.goto('/sign-in');
      await page.getByText('English', { exact: true }).click();
      expect(await attempt(page, 'en')).toMatch(/^[\x20-\x7e]+$/);
      await context.close();
    });
  });
});
