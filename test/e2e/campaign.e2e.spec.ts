import ExcelJS from 'exceljs';
import { startTestApp } from '../support/test-app';
import type { TestApp, TestUser } from '../support/test-app';

/** A unit of 水头镇 under 工信局 (a small industrial enterprise: the town supervises it). */
const stoneWorks = {
  name: '南安市水头某石材有限公司',
  creditCode: '91350100M000100Y43',
  address: '南安市水头镇五里桥工业区',
  town: '水头镇',
  industryAuthority: '工信局',
  professionalDomains: ['用电安全', '消防安全'],
  category: '规模以下工业企业',
  riskFlags: ['dustExplosion'],
};

describe('the campaign over HTTP: units, inspections, general hazards, the two lists', () => {
  let t: TestApp;
  let committee: TestUser;
  let town: TestUser;
  let unitId: string;
  let unitUser: TestUser;

  const get = (user: TestUser, path: string) => t.http().get(path).set('Authorization', user.auth);

  beforeAll(async () => {
    t = await startTestApp();
    committee = await t.createUser({ name: '安委会办公室', roles: ['committee'] });
    town = await t.createUser({ name: '水头镇安办', roles: ['town'], towns: ['水头镇'] });
    const registered = await t.post(town, '/api/units', stoneWorks).expect(201);
    unitId = registered.body.id;
    unitUser = await t.createUser({ name: '水头某石材', roles: ['unit'], unitId });
  });
  afterAll(() => t.close());

  it('registers a unit with the supervision its category calls for, and knows it by its code', async () => {
    const unit = await get(town, `/api/units/${unitId}`).expect(200);
    expect(unit.body).toMatchObject({
      unitId,
      active: true,
      profile: { ...stoneWorks, otherIdentifier: null },
      supervision: { level: 'town', by: '水头镇' },
      inspections: [],
      hazards: [],
    });
    const again = await t.post(town, '/api/units', stoneWorks);
    expect(again.status).toBe(409);
    const listed = await get(town, `/api/units?q=${stoneWorks.creditCode}`).expect(200);
    expect(listed.body.items.map((u: { unitId: string }) => u.unitId)).toEqual([unitId]);
  });

  it('refuses a wrong check character and an unknown town, listing the known towns', async () => {
    const response = await t
      .post(town, '/api/units', { ...stoneWorks, creditCode: '91350100M000100Y44', town: '水头' })
      .expect(422);
    expect(response.body.errors).toEqual([
      { field: 'creditCode', message: '校验位错误（GB 32100-2015）' },
      {
        field: 'town',
        message: expect.stringMatching(
          /^town“水头”不在乡镇（街道、开发区）名录中；已登记：溪美街道、.*水头镇、/,
        ),
      },
    ]);
  });

  it('records a self-inspection with two findings: one fixed and verified, one escalated to a major case', async () => {
    const inspection = await t
      .post(unitUser, '/api/inspections', {
        unitId,
        kind: 'self',
        inspectedOn: '2026-01-05',
        inspectors: ['林志强'],
        scope: '切割车间、配电房',
        findings: [
          { description: '切割车间配电箱未接地', grading: 'serious' },
          { description: '厂房承重墙出现贯穿裂缝', grading: 'urgent' },
        ],
      })
      .expect(201);
    expect(inspection.body.zeroHazard).toBe(false);
    const [wiring, crack] = inspection.body.hazardIds as string[];

    const found = await get(unitUser, `/api/hazards/general/${wiring}`).expect(200);
    expect(found.body).toMatchObject({
      state: 'found',
      overdue: false,
      hazard: { source: 'selfInspection', grading: 'serious', inspectionId: inspection.body.id },
      deadlineInForce: { kind: 'rectification' },
    });

    // The unit fixes and reports its own hazard, but never verifies it: its town does.
    await t
      .post(unitUser, `/api/hazards/general/${wiring}/start-rectification`, {
        responsiblePerson: '林志强',
        measures: '更换配电箱并重新接地',
      })
      .expect(200);
    await t
      .post(unitUser, `/api/hazards/general/${wiring}/report-rectified`, {
        summary: '已完成接地并检测合格',
      })
      .expect(200);
    await t
      .post(unitUser, `/api/hazards/general/${wiring}/verify`, { note: '自行销号' })
      .expect(403);
    const verified = await t
      .post(town, `/api/hazards/general/${wiring}/verify`, { note: '现场复核合格，予以销号' })
      .expect(200);
    expect(verified.body).toMatchObject({ id: wiring, state: 'closed', version: 4 });

    // 判定为重大隐患: the committee lists it; the case links back, the hazard closes as escalated.
    const escalated = await t
      .post(committee, `/api/hazards/general/${crack}/escalate`, {
        criterion: { standard: 'GB 50292-2015', clause: '7.1.3' },
        noticeNumber: '南安安委督〔2026〕31号',
        listingLevel: '市级',
        professionalDomain: '房屋安全',
      })
      .expect(200);
    expect(escalated.body).toMatchObject({ id: crack, state: 'escalated' });
    const caseId = escalated.body.caseId as string;
    await t.readModelsCaughtUp();
    const major = await get(committee, '/api/hazards').expect(200);
    expect(major.body.items.map((c: { id: string }) => c.id)).toContain(caseId);
    const detail = await get(committee, `/api/hazards/${caseId}`).expect(200);
    expect(detail.body).toMatchObject({
      state: 'listed',
      origin: { generalHazardId: crack, unitId },
      listing: { town: '水头镇', unitName: stoneWorks.name, priority: 'urgent' },
    });
    const crackNow = await get(committee, `/api/hazards/general/${crack}`).expect(200);
    expect(crackNow.body).toMatchObject({ state: 'escalated', escalatedTo: { caseId } });

    // The same notice number cannot name another case.
    const reused = await t
      .post(committee, '/api/hazards', {
        title: '另一处隐患',
        description: '—',
        unitName: '另一单位',
        town: '官桥镇',
        industryAuthority: '住建局',
        professionalDomain: '房屋安全',
        priority: 'minor',
        criterion: { standard: 'GB 50292-2015', clause: '7.1.3' },
        listingLevel: '市级',
        noticeNumber: '南安安委督[2026]31号',
      })
      .expect(409);
    expect(reused.body.code).toBe('notice-number-taken');

    // The two lists: the open case in the hazard list, the verified hazard in the ledger.
    const open = await get(town, '/api/lists/hazards?town=水头镇').expect(200);
    expect(open.body.items.map((e: { kind: string; id: string }) => [e.kind, e.id])).toEqual([
      ['major', caseId],
    ]);
    const ledger = await get(town, '/api/lists/rectifications').expect(200);
    expect(ledger.body.items).toEqual([
      expect.objectContaining({
        kind: 'general',
        id: wiring,
        closedBy: '水头镇安办',
        closedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        source: 'selfInspection',
      }),
    ]);
    const xlsx = await get(town, '/api/lists/rectifications?format=xlsx')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as never);
    const sheet = book.getWorksheet('整改销号清单')!;
    expect(sheet.getRow(1).values).toEqual(
      expect.arrayContaining(['单位名称', '验收销号时间', '验收人']),
    );
    expect(sheet.getRow(2).values).toEqual(
      expect.arrayContaining([wiring, '水头镇安办', '一般隐患']),
    );
  });

  it('stores an inspection without findings as a zero-hazard report (零隐患)', async () => {
    const response = await t
      .post(unitUser, '/api/inspections', {
        unitId,
        kind: 'self',
        inspectedOn: '2026-01-06',
        inspectors: ['林志强'],
        scope: '全厂',
        findings: [],
      })
      .expect(201);
    expect(response.body).toMatchObject({ zeroHazard: true, hazardIds: [] });
    const zero = await get(town, `/api/inspections?unitId=${unitId}&zeroHazard=true`).expect(200);
    expect(zero.body.items.map((i: { inspectionId: string }) => i.inspectionId)).toEqual([
      response.body.id,
    ]);
    expect(zero.body.items[0]).toMatchObject({ zeroHazard: true, findings: [], kind: 'self' });
  });
});
