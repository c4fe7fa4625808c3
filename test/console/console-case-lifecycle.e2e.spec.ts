import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newVisitor } from '../support/browser';
import { startConsoleApp } from '../support/console-app';
import type { ConsoleApp } from '../support/console-app';
import { createPerson, signIn } from '../support/console-people';
import type { Person } from '../support/console-people';
import {
  act,
  chooseOption,
  dashboardCount,
  openSelect,
  timeline,
  typeDate,
  waitForState,
} from './console-pages';

const TITLE = '水头镇某石材厂车间承重墙开裂';

/**
 * Issue 10's day in a browser: the clerk lists a hazard through the form and assigns a leader
 * from the picker; the leader finds it under "my cases" and submits the plan; the clerk
 * approves; the leader confirms the controls and reports the fix; the clerk closes it. The
 * dashboard's counts and the case's timeline follow each step. Two people, two browsers.
 */
describe('a case from listing to closure, in the console', () => {
  let app: ConsoleApp;
  let browser: Browser;
  let clerk: Person;
  let leader: Person;
  let clerkPage: Page;
  let leaderPage: Page;
  let caseUrl: string;

  beforeAll(async () => {
    app = await startConsoleApp();
    clerk = await createPerson(app, {
      name: '安委办 王芳',
      login: 'wangfang',
      roles: ['committee'],
    });
    leader = await createPerson(app, { name: '陈建国', login: 'chenjianguo', roles: ['leader'] });
    await createPerson(app, {
      name: '林海',
      login: 'linhai',
      roles: ['leader'],
      towns: ['官桥镇'],
    });
    await app.readModelsCaughtUp();
    browser = await launchBrowser();
    clerkPage = await (await newVisitor(browser, app.url)).newPage();
    leaderPage = await (await newVisitor(browser, app.url)).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('the clerk signs in and lists a hazard through the form', async () => {
    await signIn(clerkPage, clerk);
    await clerkPage.getByRole('navigation', { name: '主菜单' }).getByText('挂牌督办').click();
    const form = clerkPage.locator('form');
    await form.getByLabel('隐患名称').fill(TITLE);
    await form.getByLabel('隐患描述').fill('车间东侧承重墙出现贯穿性裂缝，存在坍塌风险');
    await form.getByLabel('单位（企业或场所）名称').fill('南安市某石材有限公司');
    await form.getByLabel('所在乡镇（街道、开发区）').fill('水头镇');
    await form.getByLabel('行业主管部门').fill('住建局');
    await form.getByLabel('专业领域').fill('房屋安全');
    await form.getByText('重', { exact: true }).click();
    expect(await form.getByRole('radio', { name: '重', exact: true }).isChecked()).toBe(true);
    await form.getByLabel('判定标准').fill('GB 50292-2015');
    await form.getByLabel('条款').fill('7.1.3');
    await form.getByLabel('督办通知书文号').fill('南安安委督〔2026〕8号');
    await form.getByRole('button', { name: '挂牌督办', exact: true }).click();
    await clerkPage.waitForURL(/\/hazards\/[0-9a-f-]{36}$/);
    caseUrl = new URL(clerkPage.url()).pathname;
    await waitForState(clerkPage, '已挂牌，待指定挂牌领导');
    expect(await timeline(clerkPage)).toEqual([
      expect.stringMatching(/^挂牌督办[\s\S]*安委办 王芳/),
    ]);
    expect(await dashboardCount(clerkPage, '已挂牌，待指定挂牌领导')).toBe(1);
  });

  it('the clerk assigns a leader picked from the users with the leader role', async () => {
    await clerkPage.goto(caseUrl);
    await act(clerkPage, '指定挂牌领导', async () => {
      // Leaders whose jurisdiction covers 水头镇 only; never the clerk, never free text.
      expect(await openSelect(clerkPage, '挂牌领导')).toEqual([expect.stringContaining('陈建国')]);
      await chooseOption(clerkPage, '陈建国');
    });
    await waitForState(clerkPage, '待提交整改方案');
    expect(await timeline(clerkPage)).toEqual([
      expect.stringMatching(/^挂牌督办/),
      expect.stringMatching(/^指定挂牌领导：陈建国[\s\S]*安委办 王芳/),
    ]);
    expect(await dashboardCount(clerkPage, '待提交整改方案')).toBe(1);
  });

  it('the leader signs in, finds it under "my cases" and submits the plan', async () => {
    await signIn(leaderPage, leader);
    await leaderPage.waitForURL(/\/my-cases$/);
    await leaderPage.getByRole('heading', { name: '我的案件' }).waitFor();
    await leaderPage.getByRole('link', { name: TITLE }).click();
    await act(leaderPage, '提交整改方案', async () => {
      const dialog = leaderPage.getByRole('dialog');
      await dialog.getByLabel('责任单位').fill('水头镇人民政府');
      await dialog.getByLabel('责任人').fill('李明');
      await typeDate(leaderPage, '整改期限', '2027-06-30 18:00');
      await dialog.getByLabel('管控措施 1', { exact: true }).fill('设置警戒区，禁止人员进入');
      await dialog.getByRole('button', { name: '添加一条管控措施' }).click();
      await dialog.getByLabel('管控措施 2', { exact: true }).fill('停止车间内生产作业');
      await dialog.getByLabel('资金和物资').fill('镇财政安排加固资金 50 万元');
    });
    await waitForState(leaderPage, '整改方案待审批');
    const lines = await timeline(leaderPage);
    expect(lines.at(-1)).toMatch(
      /^提交整改方案（一案一策）：水头镇人民政府 · 2027年6月30日 18:00[\s\S]*陈建国/,
    );
    expect(await dashboardCount(leaderPage, '整改方案待审批')).toBe(1);
  });

  it('the clerk approves the plan', async () => {
    await clerkPage.goto(caseUrl);
    await waitForState(clerkPage, '整改方案待审批');
    await act(clerkPage, '批准方案');
    await waitForState(clerkPage, '方案已批准，待落实管控措施');
    expect((await timeline(clerkPage)).at(-1)).toMatch(/^批准方案[\s\S]*安委办 王芳/);
    expect(await dashboardCount(clerkPage, '方案已批准，待落实管控措施')).toBe(1);
  });

  it('the leader confirms the controls and reports the fix', async () => {
    await leaderPage.goto(caseUrl);
    await waitForState(leaderPage, '方案已批准，待落实管控措施');
    await act(leaderPage, '确认管控措施', () =>
      leaderPage.getByRole('dialog').getByLabel('说明').fill('警戒区已设置，车间已停产'),
    );
    await waitForState(leaderPage, '已落实管控措施，整改中');
    await act(leaderPage, '报告整改完成', () =>
      leaderPage.getByRole('dialog').getByLabel('整改完成情况').fill('承重墙已加固并经检测合格'),
    );
    await waitForState(leaderPage, '已整改，待验收');
    expect((await timeline(leaderPage)).slice(-2)).toEqual([
      expect.stringMatching(/^确认管控措施[\s\S]*说明：警戒区已设置，车间已停产/),
      expect.stringMatching(/^报告整改完成[\s\S]*说明：承重墙已加固并经检测合格/),
    ]);
    expect(await dashboardCount(leaderPage, '已整改，待验收')).toBe(1);
  });

  it('the clerk accepts the fix and closes the case (验收销号); every step is on the timeline', async () => {
    await clerkPage.goto(caseUrl);
    await act(clerkPage, '验收销号', () =>
      clerkPage.getByRole('dialog').getByLabel('说明').fill('经验收合格，同意销号'),
    );
    await waitForState(clerkPage, '已验收销号');
    const steps = (await timeline(clerkPage)).map((line) => line.split(/[：\n]/)[0]);
    expect(steps).toEqual([
      '挂牌督办',
      '指定挂牌领导',
      '提交整改方案（一案一策）',
      '批准方案',
      '确认管控措施',
      '报告整改完成',
      '验收销号',
    ]);
    expect(await dashboardCount(clerkPage, '已验收销号')).toBe(1);
    expect(await dashboardCount(clerkPage, '已整改，待验收')).toBe(0);
  });
});
