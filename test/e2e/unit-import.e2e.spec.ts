import ExcelJS from 'exceljs';
import { startTestApp } from '../support/test-app';
import type { TestApp, TestUser } from '../support/test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
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

const good = (name: string, code: string) => [
  name,
  code,
  '',
  '南安市水头镇',
  '水头镇',
  '工信局',
  '规模以下工业企业',
  '用电安全、消防安全',
  '粉尘涉爆',
];

async function xlsx(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('单位');
  sheet.addRow(HEADERS);
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('importing units from a spreadsheet', () => {
  let t: TestApp;
  let town: TestUser;

  const upload = (body: Buffer, query: string, type = XLSX) =>
    t
      .http()
      .post(`/api/units/imports${query}`)
      .set('Authorization', town.auth)
      .set('Content-Type', type)
      .send(body);
  const finished = async (id: string, lang = 'zh-CN') => {
    for (let i = 0; i < 400; i += 1) {
      const status = await t
        .http()
        .get(`/api/units/imports/${id}`)
        .set('Authorization', town.auth)
        .set('Accept-Language', lang)
        .expect(200);
      if (status.body.state === 'finished') return status.body;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('the import did not finish');
  };

  beforeAll(async () => {
    t = await startTestApp();
    town = await t.createUser({ name: '水头镇安办', roles: ['town'], towns: ['水头镇'] });
  });
  afterAll(() => t.close());

  const mixed = () =>
    xlsx([
      good('南安市水头甲石材有限公司', '91350100M000100Y43'),
      // Row 3: a wrong check character.
      good('乙石材', '91350100M000100Y44'),
      // Row 4: a town written as people shorten it, and a risk flag that is none.
      [
        ...good('丙石材', '9144030071526726XG').slice(0, 4),
        '水头',
        '工信局',
        '规模以下工业企业',
        '',
        '易燃',
      ],
      // Row 5: another town than the importer's, and no address.
      ['丁石材', '914403001922038216', '', '', '官桥镇', '工信局', '规模以下工业企业', '', ''],
      good('南安市水头戊石材有限公司', '91110000802100433B'),
    ]);

  it('all or nothing: a bad row writes nothing, and every bad row is named with its column and reason', async () => {
    const started = await upload(await mixed(), '?fileName=名册.xlsx').expect(202);
    expect(started.body).toMatchObject({ state: 'running', total: 5, fileName: '名册.xlsx' });
    expect(started.headers.location).toBe(`/api/units/imports/${started.body.id}`);
    const result = await finished(started.body.id);
    expect(result).toMatchObject({ written: false, created: 0, rejected: 3, total: 5 });
    expect(result.rejectedRows).toEqual([
      { row: 3, column: '统一社会信用代码', reason: '校验位错误（GB 32100-2015）' },
      {
        row: 4,
        column: '风险标识',
        reason: '“易燃”不是风险标识；可填：重大危险源、有限空间、粉尘涉爆、涉氨制冷、消防重点单位',
      },
      { row: 5, column: '地址', reason: '地址为必填项' },
    ]);
    const units = await t.http().get('/api/units').set('Authorization', town.auth).expect(200);
    expect(units.body.total).toBe(0);
  });

  it('row by row: good rows in, bad rows out, the same reasons in English on request', async () => {
    const started = await upload(await mixed(), '?mode=rowByRow').expect(202);
    const result = await finished(started.body.id, 'en');
    expect(result).toMatchObject({ written: true, created: 2, updated: 0, rejected: 3 });
    expect(result.createdRows.map((r: { row: number }) => r.row)).toEqual([2, 6]);
    expect(result.rejectedRows).toEqual([
      { row: 3, column: 'Credit code', reason: 'has a wrong check character (GB 32100-2015)' },
      {
        row: 4,
        column: 'Risk flags',
        reason:
          '"易燃" is not a risk flag; known: majorHazardSource, confinedSpace, dustExplosion, ammoniaRefrigeration, fireSafetyKey',
      },
      { row: 5, column: 'Address', reason: 'Address is required' },
    ]);
    await t.readModelsCaughtUp();
    const units = await t.http().get('/api/units').set('Authorization', town.auth).expect(200);
    expect(
      units.body.items.map((u: { profile: { name: string } }) => u.profile.name).sort(),
    ).toEqual(['南安市水头戊石材有限公司', '南安市水头甲石材有限公司']);
  });

  it('names a town outside the importer’s jurisdiction, and an unknown town with the known ones', async () => {
    const file = await xlsx([
      [
        ...good('己石材', '91110000710931141J').slice(0, 4),
        '官桥镇',
        '工信局',
        '规模以下工业企业',
        '',
        '',
      ],
      [
        ...good('庚石材', '911100001000079554').slice(0, 4),
        '水头',
        '工信局',
        '规模以下工业企业',
        '',
        '',
      ],
    ]);
    const result = await finished((await upload(file, '?mode=rowByRow').expect(202)).body.id);
    expect(result.rejectedRows).toEqual([
      {
        row: 2,
        column: '所在乡镇（街道、开发区）',
        reason: '该单位不在您的辖区（乡镇或行业）内，无权导入',
      },
      {
        row: 3,
        column: '所在乡镇（街道、开发区）',
        reason: expect.stringMatching(
          /^town“水头”不在乡镇（街道、开发区）名录中；已登记：溪美街道、/,
        ),
      },
    ]);
  });

  it('updates instead of doubling when the same units come again, and reads CSV too', async () => {
    const csv = [
      HEADERS.join(','),
      good('南安市水头甲石材有限公司', '91350100M000100Y43').join(','),
      [
        ...good('南安市水头戊石材有限公司', '91110000802100433B').slice(0, 3),
        '水头镇新址',
        ...good('', '').slice(4),
      ].join(','),
    ].join('\n');
    const started = await upload(
      Buffer.from(`\uFEFF${csv}`),
      '?mode=rowByRow',
      'text/csv; charset=utf-8',
    ).expect(202);
    const result = await finished(started.body.id);
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 1, rejected: 0 });
    expect(result.updatedRows.map((r: { row: number }) => r.row)).toEqual([3]);
  });

  it('takes the spreadsheet only on its own route, as a spreadsheet, and refuses what is not one', async () => {
    await t.post(town, '/api/units/imports', { rows: [] }).expect(415);
    await t
      .http()
      .post('/api/units')
      .set('Authorization', town.auth)
      .set('Content-Type', XLSX)
      .send(await mixed())
      .expect(415);
    const broken = await upload(Buffer.from('not a zip'), '').expect(400);
    expect(broken.body.code).toBe('unsupported-spreadsheet');
  });

  it('offers a template with the headers and what the registries allow', async () => {
    const response = await t
      .http()
      .get('/api/units/imports/template')
      .set('Authorization', town.auth)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200)
      .expect('Content-Type', XLSX);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.body as never);
    expect(book.worksheets[0].getRow(1).values).toEqual([undefined, ...HEADERS]);
    const notes = book.worksheets[1].getColumn(1).values as string[];
    expect(notes).toEqual(expect.arrayContaining(['水头镇', '雪峰华侨经济开发区']));
  });
});
