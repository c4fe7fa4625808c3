import { DAILY_FIGURES, laggardOrder, toZonedIso } from '@hazard/domain';
import type {
  DailyFigure,
  DailySnapshot,
  FigureSet,
  GroupFigures,
  HeadlineCounts,
  Ratio,
  SpotCheckResults,
  UnitLag,
} from '@hazard/domain';
import { streamCategory } from '@hazard/event-store';
import type { EventMetadata } from '@hazard/domain';
import type { RecordedEvent } from '@hazard/event-store';

export interface RankedGroup {
  key: string;
  ratio: Ratio;
}

export interface ReportedOverdueHazard {
  hazardKey: string;
  unitName: string;
  town: string;
  industryAuthority: string;
  deadline: string;
  major: boolean;
}

/** 每日一报: what the committee reads each evening, as issued (DESIGN.md §9). */
export interface DailyReport {
  date: string;
  timeZone: string;
  /** The facts stamped before this instant are counted: the end of the day or the issuing. */
  cutOff: string;
  headline: HeadlineCounts;
  city: FigureSet;
  byTown: GroupFigures[];
  byIndustryAuthority: GroupFigures[];
  laggards: {
    /** How many of each ranking are shown. */
    shown: number;
    /** Per figure, the lowest-ranked towns, worst first. */
    towns: Record<DailyFigure, RankedGroup[]>;
    /** The units with the most overdue, then the most open hazards. */
    units: UnitLag[];
  };
  overdue: { count: number; shown: ReportedOverdueHazard[] };
  spotChecks: SpotCheckResults;
}

export const DAILY_REPORT_ISSUED = 'DailyReportIssued';
export type DailyReportIssued = { type: typeof DAILY_REPORT_ISSUED; data: DailyReport };
export type DailyReportEvent = RecordedEvent<DailyReportIssued, EventMetadata>;

/** `report-daily-<YYYY-MM-DD>`: one stream per day, holding its one issued report. */
export const dailyReportStream = streamCategory<DailyReportIssued, EventMetadata>('report-daily-', [
  DAILY_REPORT_ISSUED,
]);

const openHazards = (u: UnitLag) => u.hazards - u.rectified;

/** The report of a day from the figures' snapshot at its cut-off. */
export function buildDailyReport(
  snapshot: DailySnapshot,
  options: { date: string; timeZone: string; cutOff: Date; shown: number },
): DailyReport {
  const { shown, timeZone } = options;
  const { city, groups } = snapshot;
  const rankTowns = (figure: DailyFigure): RankedGroup[] =>
    groups.town
      .map((g) => ({ key: g.key, ratio: g.figures[figure] }))
      .filter((g) => g.ratio.denominator > 0)
      .sort((a, b) => laggardOrder(figure, a.ratio, b.ratio) || (a.key < b.key ? -1 : 1))
      .slice(0, shown);
  const units = [...snapshot.units]
    .filter((u) => openHazards(u) > 0)
    .sort(
      (a, b) =>
        b.overdue - a.overdue || openHazards(b) - openHazards(a) || (a.unitId < b.unitId ? -1 : 1),
    )
    .slice(0, shown);
  return {
    date: options.date,
    timeZone,
    cutOff: toZonedIso(options.cutOff, timeZone),
    headline: {
      units: city.selfInspectionRate.denominator,
      hazards: city.rectificationRate.denominator,
      rectified: city.rectificationRate.numerator,
      rate: city.rectificationRate.rate,
    },
    city,
    byTown: groups.town,
    byIndustryAuthority: groups.industryAuthority,
    laggards: {
      shown,
      towns: Object.fromEntries(DAILY_FIGURES.map((f) => [f, rankTowns(f)])) as Record<
        DailyFigure,
        RankedGroup[]
      >,
      units,
    },
    overdue: {
      count: snapshot.overdue.length,
      shown: snapshot.overdue.slice(0, shown).map(({ deadlineAt, ...hazard }) => ({
        ...hazard,
        deadline: toZonedIso(new Date(deadlineAt), timeZone),
      })),
    },
    spotChecks: snapshot.spotChecks,
  };
}
