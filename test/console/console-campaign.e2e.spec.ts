import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { launchBrowser, newVisitor } from '../support/browser';
import { startConsoleApp } from '../support/console-app';
import type { ConsoleApp } from '../support/console-app';
import { createPerson, signIn } from '../support/console-people';
import type { Person } from '../support/console-people';
import { act } from './console-pages';

const HEADERS = [
  '单位名称*',
  '统一社会信用代码',
  '其他标识',
  '地址*',
  '所在乡镇（街道、开发区）*',
  '行业主管部门*',
  '单位类别*',
  '专业领域',
  '风险标识',
];
const UNIT = '南安市水头甲石材有限公司';
const unitRow = (name: string, code: string) => [
  name,
  code,
  '',
  '南安市水头镇五里桥工业区',
  '水头镇',
  '工信局',
  '规模以下工业企业',
  '用电安全',
  '粉尘涉爆',
];

/** A town's register of two units, the second with a wrong check character (row 3). */
async function register(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('单位');
  sheet.addRow(HEADERS);
  sheet.addRow(unitRow(UNIT, '91350100M000100Y43'));
  sheet.addRow(unitRow('乙石材', '91350100M000100Y44'));
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The figure under a statistic's title on the import's outcome. */
const statistic = (page: Page, title: string) =>
  page.locator('.ant-statistic', { hasText: title }).locator('.ant-statistic-content');

/**
 * A town clerk's campaign work in the browser: the units from a spreadsheet, an inspection
 * with a finding, the finding's general hazard followed to 验收销号; the admin's registries.
 */
describe('the campaign in the console (units, inspections, general hazards)', () => {
  let app: ConsoleApp;
  let browser: Browser;
  let clerk: Person;
  let admin: Person;
  let page: Page;
  // The pointer rests where nothing is hovered: a hovered button is lighter for a moment.
  const noViolations = async () => {
    await page.mouse.move(0, 0);
    expect({ at: page.url(), violations: await seriousViolations(page) }).toEqual({
      at: page.url(),
      violations: [],
    });
  };

  beforeAll(async () => {
    app = await startConsoleApp();
    clerk = await createPerson(app, {
      name: '水头镇安办 林晓',
      login: 'shuitou',
      roles: ['town'],
      towns: ['水头镇'],
    });
    admin = await createPerson(app, { name: '管理员', login: 'admin1', roles: ['admin'] });
    browser = await launchBrowser();
    page = await (await newVisitor(browser, app.url)).newPage();
    await signIn(page, clerk);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the campaign entries the town may use, and not the registries', async () => {
    const menu = page.getByRole('navigation', { name: '主菜单' });
    for (const entry of ['生产经营单位', '检查记录', '一般隐患', '两个清单']) {
      await menu.getByRole('link', { name: entry, exact: true }).waitFor();
    }
    expect(await menu.getByRole('link', { name: '登记册', exact: true }).count()).toBe(0);
  });

  it('imports a spreadsheet row by row: the counts, and the rejected row with its column and reason', async () => {
    await page.goto('/units');
    await page.getByRole('heading', { name: '生产经营单位' }).waitFor();
    await noViolations();
    await page.getByRole('button', { name: '批量导入' }).click();
    await page.getByRole('heading', { name: '批量导入单位' }).waitFor();
    await noViolations();
    await page.locator('input[type=file]').setInputFiles({
      name: '水头镇单位台账.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await register(),
    });
    await page.getByText('逐行导入（正确的行导入，有误的行列出）').click();
    await page.getByRole('button', { name: '开始导入' }).click();
    await page.getByRole('heading', { name: '导入结果' }).waitFor();
    expect(await statistic(page, '新登记').innerText()).toBe('1');
    expect(await statistic(page, '未导入').innerText()).toBe('1');
    const rejected = page.getByRole('region', { name: '未导入' }).getByRole('row');
    expect(await rejected.nth(1).innerText()).toMatch(
      /^3\s+统一社会信用代码\s+校验位错误（GB 32100-2015）$/,
    );
    await page.getByRole('status').getByText('已处理 2 / 2 行').waitFor();
    await noViolations();
  });

  it('records a self-inspection with a finding from the unit page', async () => {
    await page.goto('/units');
    await page.getByRole('link', { name: UNIT }).click();
    await page.getByRole('heading', { name: UNIT }).waitFor();
    await noViolations();
    await page.getByRole('button', { name: '记录检查', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '记录检查' });
    await dialog.getByLabel('检查人员').fill('林晓');
    await page.keyboard.press('Enter');
    await dialog.getByLabel('检查范围').fill('切割车间');
    await dialog.getByRole('button', { name: '添加隐患' }).click();
    await dialog.getByLabel('隐患 1 · 隐患描述').fill('切割车间配电箱未接地');
    await noViolations();
    await dialog.getByRole('button', { name: '记录检查', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const inspections = page.locator('.ant-card', {
      has: page.getByRole('heading', { name: '检查记录' }),
    });
    await inspections.getByRole('cell', { name: '企业自查' }).waitFor();
    await page.getByRole('link', { name: '切割车间配电箱未接地' }).waitFor();
  });

  it('follows the finding to closure: start rectification, report rectified, verify (验收销号)', async () => {
    await page.goto('/general-hazards');
    await page.getByRole('heading', { name: '一般隐患' }).waitFor();
    await page.getByRole('link', { name: '切割车间配电箱未接地' }).click();
    await page.getByRole('heading', { name: '切割车间配电箱未接地' }).waitFor();
    await page.getByText('已发现，待整改', { exact: true }).waitFor();
    await noViolations();
    // The town may not escalate: only the committee's button would say 判定为重大隐患.
    expect(await page.getByRole('button', { name: '判定为重大隐患' }).count()).toBe(0);
    await act(page, '开始整改', async () => {
      const dialog = page.getByRole('dialog', { name: '开始整改' });
      await dialog.getByLabel('责任人').fill('王强');
      await dialog.getByLabel('整改措施').fill('配电箱重新接地并检测');
    });
    await page.getByText('整改中', { exact: true }).waitFor();
    await act(page, '报告整改完成', async () => {
      await page
        .getByRole('dialog', { name: '报告整改完成' })
        .getByLabel('整改情况说明')
        .fill('已接地，检测合格');
    });
    await page.getByText('已整改，待验收', { exact: true }).waitFor();
    await act(page, '验收销号', async () => {
      await page
        .getByRole('dialog', { name: '验收销号' })
        .getByLabel('验收意见')
        .fill('现场复核合格');
    });
    await page.getByText('已验收销号', { exact: true }).waitFor();
    expect(await page.getByText('当前没有您可以办理的事项').count()).toBe(1);
  });

  it('shows the closed hazard in the ledger (整改销号清单), not in the hazard list', async () => {
    await page.goto('/lists');
    await page.getByRole('heading', { name: '两个清单' }).waitFor();
    await page
      .getByRole('region', { name: '隐患问题清单' })
      .getByText('没有符合条件的案件')
      .waitFor();
    await noViolations();
    await page.getByRole('tab', { name: '整改销号清单' }).click();
    const ledger = page.getByRole('region', { name: '整改销号清单' });
    await ledger.getByRole('link', { name: '切割车间配电箱未接地' }).waitFor();
    await ledger.getByRole('cell', { name: '水头镇安办 林晓' }).waitFor();
    await page.goto('/inspections');
    await page.getByRole('cell', { name: '切割车间' }).waitFor();
    await noViolations();
  });

  it('speaks English on request, the domain words included', async () => {
    await page.goto('/general-hazards');
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'General hazards' }).waitFor();
    await page.getByRole('cell', { name: 'Verified and closed' }).waitFor();
    await page.getByRole('cell', { name: 'Self-inspection' }).waitFor();
    await noViolations();
    await page.getByText('中文', { exact: true }).click();
  });

  it('lets the admin add a town to the registry, and shows the refusal of one already there', async () => {
    const adminPage = await (await newVisitor(browser, app.url)).newPage();
    await signIn(adminPage, admin);
    await adminPage.goto('/registries');
    await adminPage.getByRole('heading', { name: '登记册' }).waitFor();
    await adminPage.getByRole('cell', { name: '水头镇', exact: true }).waitFor();
    expect(await seriousViolations(adminPage)).toEqual([]);
    await adminPage.getByRole('button', { name: '添加 · 乡镇（街道、开发区）' }).click();
    const dialog = adminPage.getByRole('dialog', { name: '添加 · 乡镇（街道、开发区）' });
    await dialog.getByLabel('名称', { exact: true }).fill('南安新城');
    await dialog.getByRole('button', { name: '添加', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await adminPage.getByRole('cell', { name: '南安新城', exact: true }).waitFor();
    const towns = await app.http().get('/api/registries/towns').set('Authorization', admin.auth);
    expect(towns.body.items.map((t: { name: string }) => t.name)).toContain('南安新城');
    // The same name again: the API's refusal shows in the form.
    await adminPage.getByRole('button', { name: '添加 · 乡镇（街道、开发区）' }).click();
    await dialog.getByLabel('名称', { exact: true }).fill('南安新城');
    await dialog.getByRole('button', { name: '添加', exact: true }).click();
    await dialog.getByRole('alert').waitFor();
    await adminPage.close();
  });
});
