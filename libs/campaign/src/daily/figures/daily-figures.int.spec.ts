import {
  DEFAULT_DEADLINE_POLICY,
  DEFAULT_GENERAL_HAZARD_POLICY,
  localDayBounds,
} from '@hazard/domain';
import type { DailySnapshot, FigureSet } from '@hazard/domain';
import { SqliteEventStore } from '@hazard/event-store';
import { unitStreamId } from '@hazard/cases';
import { tempDir } from '../../../../../test/support/temp-dir';
import {
  at,
  caseStep,
  D1,
  D2,
  D3,
  DAILY_TZ,
  hazardStep,
  hazardUnit,
  inspect,
  listMajorCase,
  record,
  registerUnit,
  reported,
  started,
  verified,
} from '../../../../../test/support/daily-scenario';
import { openCampaignDatabase } from '../../read-model/campaign-database';
import { CampaignReadModel } from '../../read-model/campaign-read-model.service';
import { DailySnapshotReader } from './daily-snapshot';

/** The figures as numerator/denominator pairs, easy to compare with the hand computation. */
const pairs = (f: FigureSet) =>
  Object.fromEntries(
    Object.entries(f).map(([name, r]) => [name, `${r.numerator}/${r.denominator}`]),
  );

describe('daily figures over three days, every number worked out by hand', () => {
  const dir = tempDir();
  const store = new SqliteEventStore(dir.file('events.sqlite'));
  const db = openCampaignDatabase(dir.file('campaign.sqlite'));
  const readModel = new CampaignReadModel(
    db,
    store,
    DEFAULT_GENERAL_HAZARD_POLICY,
    DEFAULT_DEADLINE_POLICY,
  );
  const reader = new DailySnapshotReader(db);
  const snapshotOf = async (day: string, last: bigint): Promise<DailySnapshot> => {
    await readModel.reached(last);
    return reader.snapshot(localDayBounds(day, DAILY_TZ).end.getTime());
  };
  let day1AtTheTime: DailySnapshot;

  beforeAll(() => readModel.onApplicationBootstrap());
  afterAll(async () => {
    await readModel.beforeApplicationShutdown();
    await store.close();
    db.close();
  });

  it('day 1: three units, two self-inspections, one supervisory visit, three hazards', async () => {
    await registerUnit(store, 'U1', at(D1, '09:00'));
    await registerUnit(store, 'U2', at(D1, '09:00'));
    await registerUnit(store, 'U3', at(D1, '09:00'));
    // U1's self-inspection finds H1 (due D2 12:00) and H2 (due D2 18:00).
    await inspect(
      store,
      {
        id: 'I1',
        unit: hazardUnit('U1'),
        kind: 'self',
        findings: [
          { hazardId: 'H1', deadline: at(D2, '12:00') },
          { hazardId: 'H2', deadline: at(D2, '18:00') },
        ],
      },
      at(D1, '10:00'),
    );
    // U2 reports zero hazards (零隐患).
    await inspect(
      store,
      { id: 'I2', unit: hazardUnit('U2'), kind: 'self', findings: [] },
      at(D1, '11:00'),
    );
    // The town's supervisory visit to U3 finds H3, due the same evening.
    await inspect(
      store,
      {
        id: 'I3',
        unit: hazardUnit('U3'),
        kind: 'supervisory',
        findings: [{ hazardId: 'H3', deadline: at(D1, '20:00') }],
      },
      at(D1, '14:00'),
    );
    const last = await hazardStep(store, 'H1', started, at(D1, '15:00'));
    day1AtTheTime = await snapshotOf(D1, last);

    // Units 3 (U1 U2 U3). Self-inspected U1 U2 → 2/3. Supervised U3 → 1/3.
    // Hazards H1 H2 H3, none verified → 0/3. Past deadline by the end of D1: H3 (20:00) → 0/1.
    // Latest self-inspection zero: U2 of U1 U2 → 1/2.
    expect(pairs(day1AtTheTime.city)).toEqual({
      selfInspectionRate: '2/3',
      supervisionCoverage: '1/3',
      rectificationRate: '0/3',
      dueRectificationRate: '0/1',
      zeroHazardRate: '1/2',
    });
    const towns = Object.fromEntries(
      day1AtTheTime.groups.town.map((g) => [g.key, pairs(g.figures)]),
    );
    // 水头镇: U1 U2, both self-inspected, none supervised; H1 H2 open, not yet due; U2 zero.
    // 官桥镇: U3, supervised only; H3 open and due; no self-inspection.
    expect(towns).toEqual({
      水头镇: {
        selfInspectionRate: '2/2',
        supervisionCoverage: '0/2',
        rectificationRate: '0/2',
        dueRectificationRate: '0/0',
        zeroHazardRate: '1/2',
      },
      官桥镇: {
        selfInspectionRate: '0/1',
        supervisionCoverage: '1/1',
        rectificationRate: '0/1',
        dueRectificationRate: '0/1',
        zeroHazardRate: '0/0',
      },
    });
    expect(day1AtTheTime.overdue.map((h) => h.hazardKey)).toEqual(['H3']);
    expect(day1AtTheTime.city.rectificationRate.rate).toBe(0);
    expect(day1AtTheTime.city.dueRectificationRate.rate).toBe(0);
    expect(day1AtTheTime.city.selfInspectionRate.rate).toBeCloseTo(2 / 3);
  });

  it('day 2: a new unit, an amendment, fixes before and after the deadline, a major case', async () => {
    await registerUnit(store, 'U4', at(D2, '09:00'));
    // U2 moves to 应急管理局: grouped there from D2 on, under 住建局 on D1.
    await record(
      store,
      unitStreamId('U2'),
      {
        type: 'UnitAmended',
        data: {
          changes: { industryAuthority: '应急管理局' },
          supervision: { level: 'town', by: '水头镇' },
        },
      },
      at(D2, '09:30'),
    );
    // H3's deadline (D1 20:00, passed) is extended to D6: on D1 it was due, on D2 it is not.
    await hazardStep(
      store,
      'H3',
      {
        type: 'GeneralDeadlineExtended',
        data: { deadline: at('2026-12-06', '18:00'), reason: '设备到货' },
      },
      at(D2, '09:00'),
    );
    await hazardStep(store, 'H1', reported(at(D2, '23:00')), at(D2, '10:00'));
    await hazardStep(store, 'H1', verified, at(D2, '11:00'));
    await inspect(
      store,
      { id: 'I4', unit: hazardUnit('U3'), kind: 'self', findings: [] },
      at(D2, '10:30'),
    );
    await hazardStep(
      store,
      'H2',
      {
        type: 'GeneralDeadlineExtended',
        data: { deadline: at('2026-12-08', '18:00'), reason: '停产' },
      },
      at(D2, '11:00'),
    );
    // M1, listed directly, its plan's deadline D2 20:00.
    await listMajorCase(store, 'M1', '官桥镇', '应急管理局', at(D2, '20:00'), at(D2, '12:00'));
    await hazardStep(store, 'H3', started, at(D2, '15:00'));
    await hazardStep(store, 'H3', reported(at(D2, '23:00')), at(D2, '15:30'));
    const last = await hazardStep(store, 'H3', verified, at(D2, '16:00'));
    const day2 = await snapshotOf(D2, last);

    // Units 4. Self-inspected U1 U2 U3 → 3/4. Supervised U3 → 1/4.
    // Hazards H1 H2 H3 M1; verified H1 H3 → 2/4.
    // Due by the end of D2: H1 (D2 12:00), M1 (D2 20:00); H2 → D8 and H3 → D6 were extended.
    // Of those, H1 was verified → 1/2. Zero: U2 and U3 of U1 U2 U3 → 2/3.
    expect(pairs(day2.city)).toEqual({
      selfInspectionRate: '3/4',
      supervisionCoverage: '1/4',
      rectificationRate: '2/4',
      dueRectificationRate: '1/2',
      zeroHazardRate: '2/3',
    });
    const authorities = Object.fromEntries(
      day2.groups.industryAuthority.map((g) => [g.key, g.figures]),
    );
    // 应急管理局: U2 (amended) and U4; its hazard M1 is due and open.
    expect(pairs(authorities['应急管理局'])).toEqual({
      selfInspectionRate: '1/2',
      supervisionCoverage: '0/2',
      rectificationRate: '0/1',
      dueRectificationRate: '0/1',
      zeroHazardRate: '1/1',
    });
    expect(authorities['住建局']).toBeUndefined();
    expect(day2.overdue.map((h) => [h.hazardKey, h.major])).toEqual([['case:M1', true]]);
  });

  it('day 3: a spot check contradicts a zero-hazard report; an escalated hazard counts once', async () => {
    await record(
      store,
      'spot_check_draw-' + D3,
      {
        type: 'SpotChecksDrawn',
        data: {
          day: D3,
          seed: D3,
          size: 1,
          repeatIntervalDays: 30,
          candidates: [{ unitId: 'U2', weight: 13.2 }],
          drawn: [
            {
              spotCheckId: `${D3}/1`,
              unitId: 'U2',
              name: '二号商店',
              town: '水头镇',
              industryAuthority: '应急管理局',
              weight: 13.2,
            },
          ],
        },
      },
      at(D3, '08:00'),
    );
    // The field team visits U2 (latest self-inspection: zero) and finds H4.
    await inspect(
      store,
      {
        id: 'I5',
        unit: hazardUnit('U2', { industryAuthority: '应急管理局' }),
        kind: 'fieldGuidance',
        spotCheckId: `${D3}/1`,
        findings: [{ hazardId: 'H4', deadline: at('2026-12-09', '18:00') }],
      },
      at(D3, '10:00'),
    );
    // H2 is judged major: case M2, its plan's deadline D3 12:00, closed at 14:00.
    await hazardStep(store, 'H2', started, at(D3, '10:30'));
    await hazardStep(
      store,
      'H2',
      {
        type: 'GeneralHazardEscalated',
        data: { caseId: 'M2', criterion: { standard: 'GB', clause: '1' }, noticeNumber: 'M2' },
      },
      at(D3, '11:00'),
    );
    await listMajorCase(store, 'M2', '水头镇', '工信局', at(D3, '12:00'), at(D3, '11:10'), {
      generalHazardId: 'H2',
      unitId: 'U1',
    });
    await caseStep(
      store,
      'M2',
      { type: 'ControlsConfirmed', data: { note: '已设警戒' } },
      at(D3, '12:30'),
    );
    await caseStep(
      store,
      'M2',
      {
        type: 'RectificationReported',
        data: { summary: '已整改', acceptanceDeadline: at('2026-12-12', '18:00') },
      },
      at(D3, '13:00'),
    );
    await caseStep(
      store,
      'M2',
      { type: 'CaseClosed', data: { note: '验收合格' } },
      at(D3, '14:00'),
    );
    const last = await record(
      store,
      unitStreamId('U3'),
      { type: 'UnitClosed', data: { reason: '停业' } },
      at(D3, '16:00'),
    );
    const day3 = await snapshotOf(D3, last);

    // Units: U3 closed → U1 U2 U4 = 3. Self-inspected U1 U2 → 2/3. Supervised: U2 (the field
    // team's visit) → 1/3. Zero: U2 of U1 U2 (a visit is no self-inspection) → 1/2.
    // Hazards H1 H2 H3 M1 H4 = 5 (M2 is H2's, not a sixth); verified H1 H3, and H2 through
    // M2's closing → 3/5. Due: H1, H2 (M2's plan, D3 12:00), M1; not H3 (D6) nor H4 (D9) → 3;
    // of those verified H1 H2 → 2/3.
    expect(pairs(day3.city)).toEqual({
      selfInspectionRate: '2/3',
      supervisionCoverage: '1/3',
      rectificationRate: '3/5',
      dueRectificationRate: '2/3',
      zeroHazardRate: '1/2',
    });
    const towns = Object.fromEntries(day3.groups.town.map((g) => [g.key, pairs(g.figures)]));
    // 水头镇: U1 U2; hazards H1 H2 H4 (verified H1 H2), due H1 H2 (both verified).
    // 官桥镇: U4 only (U3 closed); hazards H3 M1 (verified H3), due M1.
    expect(towns).toEqual({
      水头镇: {
        selfInspectionRate: '2/2',
        supervisionCoverage: '1/2',
        rectificationRate: '2/3',
        dueRectificationRate: '2/2',
        zeroHazardRate: '1/2',
      },
      官桥镇: {
        selfInspectionRate: '0/1',
        supervisionCoverage: '0/1',
        rectificationRate: '1/2',
        dueRectificationRate: '0/1',
        zeroHazardRate: '0/0',
      },
    });
    // One visit, to one unit, whose zero report it contradicted; H4 found, not yet fixed.
    expect(day3.spotChecks).toEqual({
      visits: 1,
      unitsVisited: 1,
      hazardsFound: 1,
      rectified: 0,
      zeroReportsVisited: 1,
      contradicted: { numerator: 1, denominator: 1, rate: 1 },
    });
    expect(day3.overdue.map((h) => h.hazardKey)).toEqual(['case:M1']);
  });

  it("leaves day 1's figures as they were on day 1, whatever came after", async () => {
    const again = reader.snapshot(localDayBounds(D1, DAILY_TZ).end.getTime());
    expect(again).toEqual(day1AtTheTime);
    // 住建局 still holds U2 on day 1: the unit's stream as it stood then.
    expect(again.groups.industryAuthority.map((g) => g.key)).toEqual(['住建局', '工信局']);
  });
});
