import { ManualClock } from '@hazard/domain';
import { startTestApp } from '../support/test-app';
import type { TestApp, TestUser } from '../support/test-app';

const TODAY = '2026-11-30';

const unitOf = (name: string, creditCode: string) => ({
  name,
  creditCode,
  address: '南安市水头镇',
  town: '水头镇',
  industryAuthority: '工信局',
  professionalDomains: ['用电安全'],
  category: '规模以下工业企业',
  riskFlags: ['dustExplosion'],
});

describe('the daily figures, report and spot checks over HTTP', () => {
  const clock = new ManualClock(new Date(`${TODAY}T10:00:00+08:00`));
  let t: TestApp;
  let committee: TestUser;
  let hq: TestUser;
  let town: TestUser;
  let unitUser: TestUser;
  let zeroUnitId: string;

  const get = (user: TestUser, path: string) => t.http().get(path).set('Authorization', user.auth);

  beforeAll(async () => {
    t = await startTestApp({ clock, runWorkers: true });
    committee = await t.createUser({ name: '安委会办公室', roles: ['committee'] });
    hq = await t.createUser({ name: '指挥部现场指导组', roles: ['hq'] });
    town = await t.createUser({ name: '水头镇安办', roles: ['town'], towns: ['水头镇'] });
    const a = await t
      .post(town, '/api/units', unitOf('甲石材厂', '91350100M000100Y43'))
      .expect(201);
    const b = await t
      .post(town, '/api/units', unitOf('乙石材厂', '91350583MA2XN0CY3E'))
      .expect(201);
    zeroUnitId = b.body.id;
    unitUser = await t.createUser({ name: '甲石材厂', roles: ['unit'], unitId: a.body.id });
    await t
      .post(unitUser, '/api/inspections', {
        unitId: a.body.id,
        kind: 'self',
        inspectedOn: TODAY,
        inspectors: ['林志强'],
        scope: '全厂',
        findings: [{ description: '配电箱未接地', grading: 'serious' }],
      })
      .expect(201);
    await t
      .post(town, '/api/inspections', {
        unitId: zeroUnitId,
        kind: 'self',
        inspectedOn: TODAY,
        inspectors: ['王芳'],
        scope: '全厂',
        findings: [],
      })
      .expect(201);
    await t.readModelsCaughtUp();
  });
  afterAll(() => t.close());

  it('answers the figures of today with numerators and denominators, per town', async () => {
    const { body } = await get(committee, `/api/figures/daily?date=${TODAY}&by=town`).expect(200);
    expect(body).toMatchObject({
      date: TODAY,
      timeZone: 'Asia/Shanghai',
      cutOff: '2026-12-01T00:00:00+08:00',
      by: 'town',
      city: {
        selfInspectionRate: { numerator: 2, denominator: 2, rate: 1 },
        supervisionCoverage: { numerator: 0, denominator: 2, rate: 0 },
        rectificationRate: { numerator: 0, denominator: 1, rate: 0 },
        dueRectificationRate: { numerator: 0, denominator: 0, rate: null },
        zeroHazardRate: { numerator: 1, denominator: 2, rate: 0.5 },
      },
    });
    expect(body.groups.map((g: { key: string }) => g.key)).toEqual(['水头镇']);
  });

  it('refuses bad input field by field, and unit accounts', async () => {
    const bad = await get(committee, '/api/figures/daily?date=30-11-2026&by=street').expect(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['by', 'date']);
    for (const date of ['2026-13-01', '2026-12-01']) {
      const notADay = await get(committee, `/api/figures/daily?date=${date}`).expect(422);
      expect(notADay.body.errors[0].field).toBe('date');
    }
    await get(unitUser, '/api/figures/daily').expect(403);
    await t.http().get('/api/figures/daily').expect(401);
    const notFieldGuidance = await t
      .post(town, '/api/inspections', {
        unitId: zeroUnitId,
        kind: 'supervisory',
        inspectedOn: TODAY,
        inspectors: ['王芳'],
        scope: '全厂',
        findings: [],
        spotCheckId: `${TODAY}/1`,
      })
      .expect(422);
    expect(notFieldGuidance.body.errors[0].field).toBe('spotCheckId');
  });

  it('issues the daily report once, then serves it as JSON, Markdown and HTML', async () => {
    clock.set(new Date(`${TODAY}T18:30:00+08:00`));
    const first = await t.post(committee, '/api/reports/daily', { date: TODAY }).expect(201);
    expect(first.body.report.headline).toEqual({ units: 2, hazards: 1, rectified: 0, rate: 0 });
    await t.post(committee, '/api/reports/daily', { date: TODAY }).expect(200);
    await t.post(town, '/api/reports/daily', { date: TODAY }).expect(403);
    const md = await get(town, `/api/reports/daily/${TODAY}?format=md`).expect(200);
    expect(md.text).toContain('全市共梳理各类生产经营单位2家，累计排查各类隐患1项，已完成整改0项');
    const html = await get(town, `/api/reports/daily/${TODAY}?format=html&lang=en`).expect(200);
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.text).toContain('The city has registered 2 production and business units');
    // The app started on 30 November at 10:00: the run of the 29th at 18:00 was made up then.
    const caughtUp = await get(town, '/api/reports/daily/2026-11-29').expect(200);
    expect(caughtUp.body.issuedBy.role).toBe('scheduler');
    await get(town, '/api/reports/daily/2026-11-28').expect(404);
  });

  it('tells its recipients through the inbox', async () => {
    await t.readModelsCaughtUp();
    const inbox = await get(town, '/api/notifications').expect(200);
    expect(inbox.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'DailyReportIssued', date: TODAY })]),
    );
  });

  it('draws the zero-hazard unit for a spot check and lists it', async () => {
    const drawn = await t.post(hq, '/api/spot-checks/draw', { seed: 'e2e' }).expect(201);
    expect(drawn.body.draw).toMatchObject({
      day: TODAY,
      seed: 'e2e',
      candidates: [{ unitId: zeroUnitId }],
      drawn: [{ spotCheckId: `${TODAY}/1`, unitId: zeroUnitId }],
    });
    await t.post(town, '/api/spot-checks/draw', {}).expect(403);
    const list = await get(town, `/api/spot-checks?date=${TODAY}`).expect(200);
    expect(list.body.items).toMatchObject([{ unitId: zeroUnitId, visited: false }]);
    const visit = (spotCheckId: string) =>
      t.post(hq, '/api/inspections', {
        unitId: zeroUnitId,
        kind: 'fieldGuidance',
        inspectedOn: TODAY,
        inspectors: ['现场指导组'],
        scope: '全厂',
        findings: [{ description: '灭火器过期', grading: 'minor' }],
        spotCheckId,
      });
    const undrawn = await visit(`${TODAY}/2`).expect(422);
    expect(undrawn.body.errors[0].field).toBe('spotCheckId');
    await visit(`${TODAY}/1`).expect(201);
    await t.readModelsCaughtUp();
    const visited = await get(town, `/api/spot-checks?date=${TODAY}`).expect(200);
    expect(visited.body.items).toMatchObject([{ unitId: zeroUnitId, visited: true, findings: 1 }]);
    const { body } = await get(committee, `/api/figures/daily?date=${TODAY}`).expect(200);
    // The visit counts as supervision of the zero-hazard unit, its finding as a hazard.
    expect(body.city.supervisionCoverage).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
    expect(body.city.rectificationRate.denominator).toBe(2);
  });
});
