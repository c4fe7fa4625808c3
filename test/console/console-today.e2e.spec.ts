import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newVisitor } from '../support/browser';
import { startConsoleApp } from '../support/console-app';
import type { ConsoleApp } from '../support/console-app';
import { createPerson, signIn } from '../support/console-people';
import type { Person } from '../support/console-people';

const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** 今日: the daily figures, the laggards and the day's spot checks, in both languages. */
describe('the today page in the console', () => {
  let app: ConsoleApp;
  let browser: Browser;
  let hq: Person;
  let page: Page;

  const reportText = async (lang: string): Promise<string> =>
    (
      await app
        .http()
        .get(`/api/reports/daily/current?lang=${lang}`)
        .set('Authorization', hq.auth)
        .expect(200)
    ).body.report.headlineText;

  beforeAll(async () => {
    app = await startConsoleApp();
    hq = await createPerson(app, { name: '指挥部', login: 'hq', roles: ['hq'] });
    const town = await app.createUser({ name: '水头镇安办', roles: ['town'], towns: ['水头镇'] });
    const unit = await app
      .post(town, '/api/units', {
        name: '南安市水头某石材有限公司',
        creditCode: '91350100M000100Y43',
        address: '南安市水头镇',
        town: '水头镇',
        industryAuthority: '工信局',
        professionalDomains: ['用电安全'],
        category: '规模以下工业企业',
        riskFlags: [],
      })
      .expect(201);
    await app
      .post(town, '/api/inspections', {
        unitId: unit.body.id,
        kind: 'self',
        inspectedOn: today(),
        inspectors: ['王芳'],
        scope: '全厂',
        findings: [],
      })
      .expect(201);
    await app.readModelsCaughtUp();
    await app
      .http()
      .post('/api/spot-checks/draw')
      .set('Authorization', hq.auth)
      .send({})
      .expect(201);
    browser = await launchBrowser();
    page = await (await newVisitor(browser, app.url)).newPage();
    await signIn(page, hq);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("shows today's headline, figures and the unit drawn for a spot check", async () => {
    await page.goto('/today');
    await page.getByText(await reportText('zh-CN'), { exact: true }).waitFor();
    await page.getByText('零隐患率', { exact: true }).first().waitFor();
    const spotChecks = page.getByRole('table', { name: '今日重点抽查“零隐患”单位' });
    await spotChecks.getByText('南安市水头某石材有限公司').waitFor();
    await spotChecks.getByText('未到访').waitFor();
  });

  it('speaks English once the console does', async () => {
    await page.getByText('English', { exact: true }).click();
    await page.getByText(await reportText('en'), { exact: true }).waitFor();
    await page.getByText('Zero-hazard rate', { exact: true }).first().waitFor();
  });
});
