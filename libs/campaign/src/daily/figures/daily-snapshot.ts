import type Database from 'better-sqlite3';
import {
  FIGURE_GROUPINGS,
  FigureTally,
  hazardStandingAt,
  isHazardOverdue,
  isSupervisory,
  ratio,
} from '@hazard/domain';
import type {
  DailySnapshot,
  FigureGrouping,
  GroupFigures,
  HazardStanding,
  InspectionKind,
  OverdueHazard,
  UnitLag,
} from '@hazard/domain';

interface VisitCounts {
  visits: number;
  zeroReportsVisited: number;
  contradicted: number;
  units: Set<string>;
}

export interface UnitAt {
  unitId: string;
  town: string;
  industryAuthority: string;
  category: string;
  name: string;
  riskFlags: number;
  active: boolean;
  selfInspected: boolean;
  supervised: boolean;
  latestSelfZero: boolean | null;
  lastVisitAt: number | null;
}

type GroupValues = Record<FigureGrouping, string>;

class GroupedTally {
  readonly city = new FigureTally();
  private readonly groups = Object.fromEntries(
    FIGURE_GROUPINGS.map((g) => [g, new Map<string, FigureTally>()]),
  ) as Record<FigureGrouping, Map<string, FigureTally>>;

  /** The city's tally and those of the three groups, by their combination (few, many rows). */
  private readonly combinations = new Map<string, FigureTally[]>();

  tallies(town: string, industryAuthority: string, category: string): FigureTally[] {
    const combination = `${town}\u0000${industryAuthority}\u0000${category}`;
    let tallies = this.combinations.get(combination);
    if (!tallies) {
      const values: GroupValues = { town, industryAuthority, category };
      tallies = [this.city];
      for (const grouping of FIGURE_GROUPINGS) {
        const groups = this.groups[grouping];
        let tally = groups.get(values[grouping]);
        if (!tally) groups.set(values[grouping], (tally = new FigureTally()));
        tallies.push(tally);
      }
      this.combinations.set(combination, tallies);
    }
    return tallies;
  }

  figures(): Record<FigureGrouping, GroupFigures[]> {
    return Object.fromEntries(
      FIGURE_GROUPINGS.map((grouping) => [
        grouping,
        [...this.groups[grouping]]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([key, tally]) => ({ key, figures: tally.figures() })),
      ]),
    ) as Record<FigureGrouping, GroupFigures[]>;
  }
}

type HazardRow = [
  key: string,
  unitId: string | null,
  name: string,
  town: string,
  industryAuthority: string,
  category: string,
  source: string,
  foundAt: number,
  verifiedAt: number | null,
  deadlineAt: number | null,
  deadlineFrom: number,
];

/**
 * Reads the daily facts (DailyFactsProjection) stamped before `cutOff` and counts them by the
 * domain's rules: one pass over units, inspections and hazards, grouped by town, industry
 * authority and category at once.
 */
export class DailySnapshotReader {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      units: db
        .prepare<[number], [string, string, string, string, string, number, number]>(
          `SELECT unit_id, town, industry_authority, category, name, risk_flags, active
           FROM daily_units WHERE at < ? ORDER BY seq`,
        )
        .raw(),
      inspections: db
        .prepare<[number], [string, number, InspectionKind, number, number]>(
          `SELECT unit_id, at, kind, zero_hazard, findings FROM daily_inspections
           WHERE at < ? ORDER BY position`,
        )
        .raw(),
      hazards: db
        .prepare<[number], HazardRow>(
          `SELECT hazard_key, unit_id, name, town, industry_authority, category, source, found_at,
             verified_at, deadline_at, deadline_from
           FROM daily_hazards WHERE found_at < ?`,
        )
        .raw(),
      deadlineThen: db
        .prepare<[string, number], [number]>(
          `SELECT deadline_at FROM daily_deadlines WHERE hazard_key = ? AND at < ?
           ORDER BY at DESC, seq DESC LIMIT 1`,
        )
        .raw(),
    };
  }

  /** The units as they stood before `cutOff`, with their inspections. */
  unitsAt(cutOff: number): Map<string, UnitAt> {
    const units = new Map<string, UnitAt>();
    for (const row of this.statements.units.iterate(cutOff)) {
      const [unitId, town, industryAuthority, category, name, riskFlags, active] = row;
      const before = units.get(unitId);
      units.set(unitId, {
        unitId,
        town,
        industryAuthority,
        category,
        name,
        riskFlags,
        active: active === 1,
        selfInspected: before?.selfInspected ?? false,
        supervised: before?.supervised ?? false,
        latestSelfZero: before?.latestSelfZero ?? null,
        lastVisitAt: before?.lastVisitAt ?? null,
      });
    }
    return units;
  }

  /** The units before `cutOff` with what their inspections say, and the field team's visits. */
  inspectedAt(cutOff: number): { units: Map<string, UnitAt>; spot: VisitCounts } {
    const units = this.unitsAt(cutOff);
    const spot = { visits: 0, zeroReportsVisited: 0, contradicted: 0, units: new Set<string>() };
    for (const [unitId, at, kind, zero, findings] of this.statements.inspections.iterate(cutOff)) {
      const unit = units.get(unitId);
      if (!unit) continue;
      if (kind === 'fieldGuidance') {
        spot.visits += 1;
        spot.units.add(unitId);
        if (unit.latestSelfZero === true) {
          spot.zeroReportsVisited += 1;
          if (findings > 0) spot.contradicted += 1;
        }
      }
      if (kind === 'self') {
        unit.selfInspected = true;
        unit.latestSelfZero = zero === 1;
      } else if (isSupervisory(kind)) {
        unit.supervised = true;
        unit.lastVisitAt = at;
      }
    }
    return { units, spot };
  }

  snapshot(cutOff: number): DailySnapshot {
    const { units, spot } = this.inspectedAt(cutOff);
    const tally = new GroupedTally();
    for (const unit of units.values()) {
      const standing = {
        registered: unit.active,
        selfInspected: unit.selfInspected,
        supervised: unit.supervised,
        latestSelfZero: unit.latestSelfZero,
      };
      for (const t of tally.tallies(unit.town, unit.industryAuthority, unit.category)) {
        t.addUnit(standing);
      }
    }

    const lags = new Map<string, UnitLag>();
    const overdue: OverdueHazard[] = [];
    let spotFound = 0;
    let spotRectified = 0;
    for (const row of this.statements.hazards.iterate(cutOff)) {
      const [key, unitId, name, town, industryAuthority, category, source] = row;
      const [, , , , , , , foundAt, verifiedAt, current, deadlineFrom] = row;
      const deadlineAt =
        deadlineFrom < cutOff
          ? current
          : (this.statements.deadlineThen.get(key, cutOff)?.[0] ?? null);
      const standing = hazardStandingAt({ foundAt, verifiedAt, deadlineAt }, cutOff);
      for (const t of tally.tallies(town, industryAuthority, category)) t.addHazard(standing);
      if (source === 'spotCheck') {
        spotFound += 1;
        if (standing.rectified) spotRectified += 1;
      }
      if (isHazardOverdue(standing) && deadlineAt !== null) {
        overdue.push({
          hazardKey: key,
          unitName: name,
          town,
          industryAuthority,
          deadlineAt,
          major: source === 'major',
        });
      }
      if (unitId) this.countForUnit(lags, units.get(unitId), standing);
    }
    overdue.sort((a, b) => a.deadlineAt - b.deadlineAt || (a.hazardKey < b.hazardKey ? -1 : 1));

    return {
      city: tally.city.figures(),
      groups: tally.figures(),
      units: [...lags.values()],
      overdue,
      spotChecks: {
        visits: spot.visits,
        unitsVisited: spot.units.size,
        hazardsFound: spotFound,
        rectified: spotRectified,
        zeroReportsVisited: spot.zeroReportsVisited,
        contradicted: ratio(spot.contradicted, spot.zeroReportsVisited),
      },
    };
  }

  private countForUnit(
    lags: Map<string, UnitLag>,
    unit: UnitAt | undefined,
    standing: HazardStanding,
  ): void {
    if (!unit) return;
    let lag = lags.get(unit.unitId);
    if (!lag) {
      lag = {
        unitId: unit.unitId,
        name: unit.name,
        town: unit.town,
        industryAuthority: unit.industryAuthority,
        hazards: 0,
        rectified: 0,
        overdue: 0,
        selfInspected: unit.selfInspected,
        supervised: unit.supervised,
      };
      lags.set(unit.unitId, lag);
    }
    lag.hazards += 1;
    if (standing.rectified) lag.rectified += 1;
    if (isHazardOverdue(standing)) lag.overdue += 1;
  }
}
