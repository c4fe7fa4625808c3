import {
  DEFAULT_DEADLINE_POLICY,
  DEFAULT_GENERAL_HAZARD_POLICY,
  localDayBounds,
} from '@hazard/domain';
import type { DailySnapshot, FigureSet } from '@hazard/domain';
import { SqliteEventStore } from '@hazard/event-store';
import { tempDir } from '@hazard/testing/temp-dir';
import { D1, D2, D3, DAILY_TZ, dailyScenario } from '@hazard/testing/daily-scenario';
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
  const scenario = dailyScenario(store);
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
    const last = await scenario.day1();
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
    const last = await scenario.day2();
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
    const last = await scenario.day3();
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
