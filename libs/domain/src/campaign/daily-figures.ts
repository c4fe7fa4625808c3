import type { Actor, Role } from '../actor';
import { ForbiddenError } from '../errors';
import type { InspectionKind } from '../inspections/inspection.events';

/**
 * The daily figures of the campaign (DESIGN.md §9): what each counts, for a day D and a scope,
 * from the facts stamped before the end of D. The read model gathers the facts; these rules
 * decide what they mean, so every reader of the figures gets the same numbers.
 */
export const DAILY_FIGURES = [
  /** 自查率: units with ≥ 1 self-inspection / units registered. */
  'selfInspectionRate',
  /** 监督检查覆盖率: units with ≥ 1 supervisory inspection / units registered. */
  'supervisionCoverage',
  /** 隐患整改率: hazards rectified and verified / hazards found (general + major). */
  'rectificationRate',
  /** 到期隐患整改率: of the hazards whose deadline has passed, those rectified and verified. */
  'dueRectificationRate',
  /** 零隐患率: units whose latest self-inspection found nothing / units with a self-inspection. */
  'zeroHazardRate',
] as const;
export type DailyFigure = (typeof DAILY_FIGURES)[number];

export const FIGURE_GROUPINGS = ['town', 'industryAuthority', 'category'] as const;
export type FigureGrouping = (typeof FIGURE_GROUPINGS)[number];

export interface Ratio {
  numerator: number;
  denominator: number;
  /** numerator / denominator, or null when nothing is counted. */
  rate: number | null;
}

export type FigureSet = Record<DailyFigure, Ratio>;

export interface GroupFigures {
  key: string;
  figures: FigureSet;
}

/** A unit's standing for the ranking of laggard units. */
export interface UnitLag {
  unitId: string;
  name: string;
  town: string;
  industryAuthority: string;
  hazards: number;
  rectified: number;
  overdue: number;
  selfInspected: boolean;
  supervised: boolean;
}

export interface OverdueHazard {
  hazardKey: string;
  unitName: string;
  town: string;
  industryAuthority: string;
  /** Epoch ms of the deadline in force. */
  deadlineAt: number;
  major: boolean;
}

/** The field team's spot checks (现场指导) to the cut-off. */
export interface SpotCheckResults {
  visits: number;
  unitsVisited: number;
  hazardsFound: number;
  rectified: number;
  /** Visits to a unit whose latest self-inspection then had reported zero hazards … */
  zeroReportsVisited: number;
  /** … of which the visit found hazards: the zero-hazard report was contradicted. */
  contradicted: Ratio;
}

/** Everything the figures and the daily report say about the facts before one cut-off. */
export interface DailySnapshot {
  city: FigureSet;
  groups: Record<FigureGrouping, GroupFigures[]>;
  units: UnitLag[];
  overdue: OverdueHazard[];
  spotChecks: SpotCheckResults;
}

/** Inspections that count as supervision: 监督检查 and the field team's 现场指导. */
export const isSupervisory = (kind: InspectionKind): boolean => kind !== 'self';

/** A unit at the end of D, as its stream and its inspections then stood. */
export interface UnitStanding {
  /** Registered and not closed by then. */
  registered: boolean;
  selfInspected: boolean;
  supervised: boolean;
  /** Whether its latest self-inspection found nothing; null without a self-inspection. */
  latestSelfZero: boolean | null;
}

/** The day stamps of one hazard (a general hazard, or a major case not escalated from one). */
export interface HazardStamps {
  foundAt: number;
  /** Verified and closed (验收销号), for an escalated hazard its major case's closing. */
  verifiedAt: number | null;
  /** The rectification deadline in force at the cut-off, extensions included. */
  deadlineAt: number | null;
}

export interface HazardStanding {
  found: boolean;
  rectified: boolean;
  /** Its deadline had passed by the cut-off. */
  due: boolean;
}

/** A hazard at `cutOff` (the first instant after D): found, fixed, due, by its stamps. */
export const hazardStandingAt = (stamps: HazardStamps, cutOff: number): HazardStanding => ({
  found: stamps.foundAt < cutOff,
  rectified: stamps.verifiedAt !== null && stamps.verifiedAt < cutOff,
  due: stamps.deadlineAt !== null && stamps.deadlineAt < cutOff,
});

/** An overdue hazard: past its deadline and not rectified and verified. */
export const isHazardOverdue = (standing: HazardStanding): boolean =>
  standing.found && standing.due && !standing.rectified;

export const ratio = (numerator: number, denominator: number): Ratio => ({
  numerator,
  denominator,
  rate: denominator === 0 ? null : numerator / denominator,
});

/** Counts units and hazards of one scope into its figures. */
export class FigureTally {
  units = 0;
  selfInspected = 0;
  supervised = 0;
  withSelfInspection = 0;
  zeroHazard = 0;
  hazards = 0;
  rectified = 0;
  due = 0;
  dueRectified = 0;

  addUnit(unit: UnitStanding): void {
    if (!unit.registered) return;
    this.units += 1;
    if (unit.selfInspected) this.selfInspected += 1;
    if (unit.supervised) this.supervised += 1;
    if (unit.latestSelfZero !== null) {
      this.withSelfInspection += 1;
      if (unit.latestSelfZero) this.zeroHazard += 1;
    }
  }

  addHazard(hazard: HazardStanding): void {
    if (!hazard.found) return;
    this.hazards += 1;
    if (hazard.rectified) this.rectified += 1;
    if (hazard.due) {
      this.due += 1;
      if (hazard.rectified) this.dueRectified += 1;
    }
  }

  figures(): FigureSet {
    return {
      selfInspectionRate: ratio(this.selfInspected, this.units),
      supervisionCoverage: ratio(this.supervised, this.units),
      rectificationRate: ratio(this.rectified, this.hazards),
      dueRectificationRate: ratio(this.dueRectified, this.due),
      zeroHazardRate: ratio(this.zeroHazard, this.withSelfInspection),
    };
  }
}

/**
 * Lower is worse, for the ranking of laggards: every figure is a share to raise, except the
 * zero-hazard rate, whose high values are what the field team checks (and so rank first).
 */
export const laggardOrder = (figure: DailyFigure, a: Ratio, b: Ratio): number => {
  // Nothing counted is no lag: ranked as a full share (or, for zero hazards, as none).
  const badness = (r: Ratio) => (figure === 'zeroHazardRate' ? (r.rate ?? 0) : 1 - (r.rate ?? 1));
  return badness(b) - badness(a);
};

const DAILY_READERS: readonly Role[] = [
  'committee',
  'hq',
  'leader',
  'town',
  'department',
  'admin',
  'viewer',
];

/**
 * The daily figures and report are the city's, copied to its leadership, every town and every
 * department (抄报): anyone but a unit's own account may read them.
 */
export function authorizeDailyRead(actor: Actor): void {
  if (!DAILY_READERS.some((r) => actor.roles.includes(r))) {
    throw new ForbiddenError(
      'reading the daily figures needs a role of the city, a town or a department',
    );
  }
}
