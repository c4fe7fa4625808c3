import { startTestApp } from '../support/test-app';
import type { TestApp, TestUser } from '../support/test-app';

const unitIn = (name: string, creditCode: string, town: string, industryAuthority: string) => ({
  name,
  creditCode,
  address: `${town}某路 1 号`,
  town,
  industryAuthority,
  category: '规模以下工业企业',
});

describe('who sees and does what in the campaign: towns, departments, units', () => {
  let t: TestApp;
  let admin: TestUser;
  let shuitou: TestUser;
  let guanqiao: TestUser;
  let gongxin: TestUser;
  let zhujian: TestUser;
  let unitA: TestUser;
  const ids: Record<string, string> = {};
  const hazards: Record<string, string> = {};

  const get = (user: TestUser, path: string) => t.http().get(path).set('Authorization', user.auth);
  const names = async (user: TestUser, path: string) =>
    (
      (await get(user, path).expect(200)).body.items as Array<{
        profile?: { name: string };
        unitName?: string;
      }>
    )
      .map((item) => item.profile?.name ?? item.unitName)
      .sort();

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.createUser({ name: '管理员', roles: ['admin'] });
    shuitou = await t.createUser({ name: '水头镇安办', roles: ['town'], towns: ['水头镇'] });
    guanqiao = await t.createUser({ name: '官桥镇安办', roles: ['town'], towns: ['官桥镇'] });
    gongxin = await t.createUser({
      name: '工信局',
      roles: ['department'],
      departments: ['工信局'],
    });
    zhujian = await t.createUser({
      name: '住建局',
      roles: ['department'],
      departments: ['住建局'],
    });
    const units = {
      A: unitIn('水头甲厂', '91350100M000100Y43', '水头镇', '工信局'),
      B: unitIn('水头乙厂', '9144030071526726XG', '水头镇', '住建局'),
      C: unitIn('官桥丙厂', '914403001922038216', '官桥镇', '工信局'),
    };
    ids.A = (await t.post(shuitou, '/api/units', units.A).expect(201)).body.id;
    ids.B = (await t.post(shuitou, '/api/units', units.B).expect(201)).body.id;
    ids.C = (await t.post(guanqiao, '/api/units', units.C).expect(201)).body.id;
    unitA = await t.createUser({ name: '水头甲厂', roles: ['unit'], unitId: ids.A });
    for (const key of ['A', 'B', 'C'] as const) {
      const user = key === 'C' ? guanqiao : shuitou;
      const recorded = await t
        .post(user, '/api/inspections', {
          unitId: ids[key],
          kind: 'supervisory',
          inspectedOn: '2026-01-05',
          inspectors: ['检查员'],
          scope: '全厂',
          findings: [{ description: `${key} 厂消防通道堵塞`, grading: 'minor' }],
        })
        .expect(201);
      hazards[key] = recorded.body.hazardIds[0];
    }
  });
  afterAll(() => t.close());

  it('shows a town its towns, a department its industry, a unit account its own unit', async () => {
    expect(await names(shuitou, '/api/units')).toEqual(['水头乙厂', '水头甲厂']);
    expect(await names(guanqiao, '/api/units')).toEqual(['官桥丙厂']);
    expect(await names(gongxin, '/api/units')).toEqual(['官桥丙厂', '水头甲厂']);
    expect(await names(zhujian, '/api/units')).toEqual(['水头乙厂']);
    expect(await names(unitA, '/api/units')).toEqual(['水头甲厂']);
    expect(await names(unitA, '/api/hazards/general')).toEqual(['水头甲厂']);
    expect(await names(gongxin, '/api/hazards/general')).toEqual(['官桥丙厂', '水头甲厂']);
    await get(unitA, `/api/units/${ids.B}`).expect(403);
    await get(guanqiao, `/api/hazards/general/${hazards.A}`).expect(403);
    await get(zhujian, `/api/hazards/general/${hazards.A}`).expect(403);
    await get(admin, `/api/hazards/general/${hazards.C}`).expect(200);
  });

  it('keeps each to its own: recording, fixing and verifying outside them is a 403', async () => {
    // A town inspects only its own towns' units; a unit records only its own self-inspection.
    const inspection = (unitId: string, kind: string) => ({
      unitId,
      kind,
      inspectedOn: '2026-01-06',
      inspectors: ['某'],
      scope: '全厂',
      findings: [],
    });
    await t.post(guanqiao, '/api/inspections', inspection(ids.A, 'supervisory')).expect(403);
    await t.post(unitA, '/api/inspections', inspection(ids.B, 'self')).expect(403);
    await t.post(unitA, '/api/inspections', inspection(ids.A, 'supervisory')).expect(403);
    await t.post(unitA, '/api/inspections', inspection(ids.A, 'self')).expect(201);
    // The unit reports its own fix, never another's, and never verifies.
    await t
      .post(unitA, `/api/hazards/general/${hazards.B}/report-rectified`, { summary: '—' })
      .expect(403);
    await t
      .post(unitA, `/api/hazards/general/${hazards.A}/report-rectified`, { summary: '已清理' })
      .expect(200);
    await t.post(unitA, `/api/hazards/general/${hazards.A}/verify`, { note: '—' }).expect(403);
    await t.post(zhujian, `/api/hazards/general/${hazards.A}/verify`, { note: '—' }).expect(403);
    await t.post(guanqiao, `/api/hazards/general/${hazards.A}/verify`, { note: '—' }).expect(403);
    const verified = await t
      .post(gongxin, `/api/hazards/general/${hazards.A}/verify`, { note: '复核合格' })
      .expect(200);
    expect(verified.body.state).toBe('closed');
    // Registering a unit belongs to its town or department, not to a unit account.
    await t
      .post(unitA, '/api/units', unitIn('水头丁厂', '91330100716105852F', '水头镇', '工信局'))
      .expect(403);
    await t
      .post(guanqiao, '/api/units', unitIn('水头丁厂', '91330100716105852F', '水头镇', '工信局'))
      .expect(403);
  });

  it('binds a unit account to one registered unit, and a town or department user to the registries', async () => {
    const refused = await t
      .http()
      .post('/api/users')
      .set('Authorization', t.adminAuth)
      .send({ name: '无单位', roles: ['unit'] })
      .expect(422);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['unitId']);
    await t
      .http()
      .post('/api/users')
      .set('Authorization', t.adminAuth)
      .send({ name: '假单位', roles: ['unit'], unitId: '00000000-0000-4000-8000-000000000000' })
      .expect(422);
    const unknown = await t
      .http()
      .post('/api/users')
      .set('Authorization', t.adminAuth)
      .set('Accept-Language', 'en')
      .send({ name: '水头', roles: ['town'], towns: ['水头'], departments: ['安监局'] })
      .expect(422);
    expect(unknown.body.errors).toEqual([
      {
        field: 'towns.0',
        message: expect.stringMatching(
          /^towns\.0 "水头" is not in the registry of towns; known: 溪美街道, /,
        ),
      },
      {
        field: 'departments.0',
        message: expect.stringMatching(
          /not in the registry of industry authorities; known: 应急管理局, /,
        ),
      },
    ]);
    const me = await get(unitA, '/api/me').expect(200);
    expect(me.body).toMatchObject({ roles: ['unit'], unitId: ids.A });
  });

  it('lets admins amend the registries, which every check then follows', async () => {
    await t.post(admin, '/api/registries/towns', { name: '南安高新区' }).expect(201);
    const towns = await get(shuitou, '/api/registries/towns').expect(200);
    expect(towns.body.items).toHaveLength(29);
    expect(towns.body.items.at(-1)).toEqual({ name: '南安高新区' });
    await t.post(shuitou, '/api/registries/towns', { name: '另一区' }).expect(403);
    await t.post(admin, '/api/registries/towns', { name: '南安高新区' }).expect(409);
    const departments = await get(shuitou, '/api/registries/industry-authorities').expect(200);
    expect(departments.body.items[0]).toEqual({
      name: '应急管理局',
      en: 'Emergency Management Bureau',
    });
    await t
      .http()
      .delete(`/api/registries/towns/${encodeURIComponent('南安高新区')}`)
      .set('Authorization', admin.auth)
      .expect(200);
    const listing = await t
      .post(admin, '/api/units', unitIn('高新戊厂', '91110000710931141J', '南安高新区', '工信局'))
      .expect(422);
    expect(listing.body.errors[0].field).toBe('town');
  });
});
