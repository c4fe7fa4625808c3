import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type request from 'supertest';
import { ManualClock } from '@hazard/domain';
import { freshListing, listingBody, planBody } from '../support/hazard-requests';
import { startTestApp } from '../support/test-app';
import type { TestApp, TestUser } from '../support/test-app';

/** Collects a download as bytes, whatever its type. */
const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

const column = (row: unknown[], name: string) => row.indexOf(name);

const FORMULA_TITLE = '=HYPERLINK("http://127.0.0.1:9/","点击")';

describe('GET /api/hazards/export: the filtered list as CSV or XLSX', () => {
  let t: TestApp;
  let committee: TestUser;
  let leader: TestUser;
  let shuitou: TestUser;

  const download = (user: TestUser, query: string) =>
    t
      .http()
      .get(`/api/hazards/export?${query}`)
      .set('Authorization', user.auth)
      .buffer(true)
      .parse(binary);
  const csvRows = (body: Buffer): string[][] => parse(body.toString('utf8'), { bom: true });
  const listTitles = async (query: string) =>
    (
      await t.http().get(`/api/hazards?${query}`).set('Authorization', committee.auth).expect(200)
    ).body.items.map((i: { title: string }) => i.title);

  beforeAll(async () => {
    process.env.EXPORT_MAX_ROWS = '4';
    t = await startTestApp({ clock: new ManualClock(new Date('2026-11-30T00:00:00Z')) });
    committee = await t.createUser({ name: '安委会办公室', roles: ['committee'] });
    leader = await t.createUser({ name: '陈建国', roles: ['leader'] });
    shuitou = await t.createUser({ name: '水头镇安办', roles: ['town'], towns: ['水头镇'] });
    const list = async (fields: Partial<typeof listingBody>) =>
      (await t.post(committee, '/api/hazards', freshListing(fields)).expect(201)).body.id as string;
    const closed = await list({ title: '已销号的厂房裂缝', noticeNumber: '南安安委督〔2026〕1号' });
    const steps: Array<[TestUser, string, object]> = [
      [committee, 'assign-leader', { leaderId: leader.id, leaderName: leader.name }],
      [
        leader,
        'submit-plan',
        { ...planBody, controlMeasures: ['设置警戒区', '停止作业，撤离"人员"'] },
      ],
      [committee, 'approve-plan', {}],
      [leader, 'confirm-controls', { note: '已落实' }],
      [leader, 'report-rectified', { summary: '已加固' }],
      [committee, 'close', { note: '同意销号' }],
    ];
    for (const [user, action, body] of steps) {
      await t.post(user, `/api/hazards/${closed}/${action}`, body).expect(200);
    }
    await list({ title: FORMULA_TITLE, town: '官桥镇' });
    await list({ title: '仓库, 防雷 "设施" 失效', priority: 'serious' });
    await t.readModelsCaughtUp();
  });
  afterAll(async () => {
    delete process.env.EXPORT_MAX_ROWS;
    await t.close();
  });

  it('sends CSV with a byte-order mark, Chinese headers and the rows of the list, in order', async () => {
    const response = await download(committee, 'format=csv').expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="hazard-list-2026-11-30.csv"; filename*=UTF-8''${encodeURIComponent('隐患问题清单-2026-11-30.csv')}`,
    );
    const body = response.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString('utf8')).toContain('\r\n');
    const [header, ...rows] = csvRows(body);
    expect(header.slice(0, 4)).toEqual(['序号', '督办文号', '隐患名称', '单位名称']);
    expect(header).toContain('是否逾期');
    const title = header.indexOf('隐患名称');
    // Formula-like text stays text: a quote in front, as spreadsheet programs expect.
    expect(rows.map((r) => r[title])).toEqual(
      (await listTitles('')).map((s: string) => (s.startsWith('=') ? `'${s}` : s)),
    );
    expect(rows.map((r) => r[0])).toEqual(['1', '2', '3']);
    const state = header.indexOf('状态');
    expect(rows.map((r) => r[state])).toContain('已验收销号');
  });

  it('names the closure ledger for closed cases, with its own columns', async () => {
    const response = await download(committee, 'format=csv&state=closed').expect(200);
    expect(response.headers['content-disposition']).toContain(
      encodeURIComponent('整改销号清单-2026-11-30.csv'),
    );
    const [header, row, ...rest] = csvRows(response.body);
    expect(rest).toEqual([]);
    expect(header.slice(-2)).toEqual(['整改期限', '销号时间']);
    expect(row[header.indexOf('隐患名称')]).toBe('已销号的厂房裂缝');
    expect(row[header.indexOf('管控措施')]).toBe('设置警戒区\n停止作业，撤离"人员"');
    expect(row[header.indexOf('整改期限')]).toBe('2027-01-29 18:00');
    expect(row[header.indexOf('销号时间')]).toBe('2026-11-30 08:00');
    expect(row[header.indexOf('挂牌领导')]).toBe('陈建国');
  });

  it('sends an XLSX workbook, in English with Accept-Language: en', async () => {
    const response = await download(committee, 'format=xlsx&sort=listedAt')
      .set('Accept-Language', 'en')
      .expect(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="hazard-list-2026-11-30.xlsx"',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Hazard list');
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1).slice(0, 3)).toEqual(['No.', 'Notice number', 'Hazard']);
    expect(sheet.rowCount).toBe(4);
    expect(values(2)[2]).toBe('已销号的厂房裂缝');
    // A cell is a string, never a formula, whatever its text.
    expect(sheet.getRow(3).getCell(3).value).toBe(FORMULA_TITLE);
    expect(values(4)[column(values(1), 'Priority')]).toBe('serious');
  });

  it('exports only the cases within the user’s jurisdiction, with the same filters', async () => {
    const rows = csvRows((await download(shuitou, 'format=csv').expect(200)).body);
    const town = rows[0].indexOf('乡镇（街道、开发区）');
    expect(rows.slice(1).map((r) => r[town])).toEqual(['水头镇', '水头镇']);
    const searched = csvRows(
      (await download(committee, `format=csv&q=${encodeURIComponent('防雷')}`).expect(200)).body,
    );
    expect(searched).toHaveLength(2);
  });

  it('refuses more rows than EXPORT_MAX_ROWS, before sending anything', async () => {
    for (let i = 0; i < 2; i += 1) {
      await t.post(committee, '/api/hazards', freshListing({ title: `补充 ${i}` })).expect(201);
    }
    await t.readModelsCaughtUp();
    const response = await download(committee, 'format=csv').set('Accept-Language', 'en');
    expect(response.status).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = JSON.parse((response.body as Buffer).toString('utf8'));
    expect(problem).toMatchObject({ code: 'export-too-large', total: 5, limit: 4 });
    expect(problem.detail).toContain('narrow the filters');
    await download(committee, 'format=csv&priority=serious').expect(200);
  });

  it.each([
    ['format=pdf', 'format'],
    [`q=${encodeURIComponent('—')}`, 'q'],
    ['page=2', 'page'],
  ])('answers 422 naming the field for ?%s', async (query, field) => {
    const response = await download(committee, query).expect(422);
    const problem = JSON.parse((response.body as Buffer).toString('utf8'));
    expect(problem.errors.map((e: { field: string }) => e.field)).toEqual([field]);
  });

  it('answers 401 without a token', async () => {
    await t.http().get('/api/hazards/export').expect(401);
  });
});
