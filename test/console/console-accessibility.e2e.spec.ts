import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { launchBrowser, newVisitor } from '../support/browser';
import { startConsoleApp } from '../support/console-app';
import type { ConsoleApp } from '../support/console-app';
import { createPerson, signIn } from '../support/console-people';
import type { Person } from '../support/console-people';
import { listingBody, planBody } from '../support/hazard-requests';

/** axe-core on the main pages with real data: no serious or critical violation anywhere. */
describe('accessibility of the console pages (axe-core)', () => {
  let app: ConsoleApp;
  let browser: Browser;
  let clerk: Person;
  let leader: Person;
  let caseId: string;
  let clerkPage: Page;
  let leaderPage: Page;

  beforeAll(async () => {
    app = await startConsoleApp();
    clerk = await createPerson(app, {
      name: '安委办 王芳',
      login: 'clerk',
      roles: ['committee', 'admin'],
    });
    leader = await createPerson(app, { name: '陈建国', login: 'leader', roles: ['leader'] });
    await app.readModelsCaughtUp();
    const as = (person: Person, path: string, body: object, status = 200) =>
      app.http().post(path).set('Authorization', person.auth).send(body).expect(status);
    caseId = (await as(clerk, '/api/hazards', listingBody, 201)).body.id;
    await as(clerk, `/api/hazards/${caseId}/assign-leader`, {
      leaderId: leader.id,
      leaderName: leader.name,
    });
    await as(leader, `/api/hazards/${caseId}/submit-plan`, planBody);
    await app.readModelsCaughtUp();
    browser = await launchBrowser();
    clerkPage = await (await newVisitor(browser, app.url)).newPage();
    await signIn(clerkPage, clerk);
    leaderPage = await (await newVisitor(browser, app.url)).newPage();
    await signIn(leaderPage, leader);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const pages: Array<[string, () => Page, string, string]> = [
    ['the dashboard', () => clerkPage, '/dashboard', '各状态案件数'],
    ['the today page', () => clerkPage, '/today', '排名靠后的镇（街道）'],
    ['the hazard list', () => clerkPage, '/hazards', listingBody.title],
    ['the listing form', () => clerkPage, '/hazards/new', '督办通知书文号'],
    ['the weekly digest', () => clerkPage, '/digests', '打印'],
    ['the notifications', () => clerkPage, '/notifications', '没有通知'],
    ['the users', () => clerkPage, '/users', '陈建国'],
    ['my cases', () => leaderPage, '/my-cases', listingBody.title],
  ];

  it.each(pages)('%s', async (_name, page, path, shown) => {
    await page().goto(path);
    await page().getByText(shown, { exact: true }).first().waitFor();
    expect(await seriousViolations(page())).toEqual([]);
  });

  it('the case page, and a command form open on it', async () => {
    await clerkPage.goto(`/hazards/${caseId}`);
    await clerkPage.getByRole('heading', { name: listingBody.title }).waitFor();
    await clerkPage.locator('.timeline-entry').first().waitFor();
    expect(await seriousViolations(clerkPage)).toEqual([]);
    await clerkPage.getByRole('button', { name: '退回方案', exact: true }).click();
    await clerkPage.getByRole('dialog', { name: '退回方案' }).getByLabel('理由').waitFor();
    expect(await seriousViolations(clerkPage)).toEqual([]);
  });

  it('the plan form, with its list of control measures', async () => {
    // Sent back, the plan is the leader's to submit again: only then is the form offered.
    await app
      .http()
      .post(`/api/hazards/${caseId}/reject-plan`)
      .set('Authorization', clerk.auth)
      .send({ reason: '管控措施不具体' })
      .expect(200);
    await app.readModelsCaughtUp();
    await leaderPage.goto(`/hazards/${caseId}`);
    await leaderPage.getByRole('button', { name: '提交整改方案', exact: true }).click();
    await leaderPage.getByLabel('管控措施 1', { exact: true }).waitFor();
    expect(await seriousViolations(leaderPage)).toEqual([]);
  });

  it('a page in English', async () => {
    await clerkPage.goto('/hazards');
    await clerkPage.getByText('English', { exact: true }).click();
    await clerkPage.getByRole('heading', { name: 'Hazard list' }).waitFor();
    expect(await seriousViolations(clerkPage)).toEqual([]);
    await clerkPage.getByText('中文', { exact: true }).click();
  });
});
