import type {
  DigestBreakdown,
  DigestCaseRef,
  DigestOpenCase,
  DigestTotals,
  WeeklyDigest,
} from '../weekly-digest.model';
import type { DigestLabels } from './digest-labels';
import { humanDateTime, toZonedIso, WHOLE_CITY } from '@hazard/domain';
import type { Language } from '@hazard/domain';
import { localDateTime } from './local-time';

export interface DigestTable {
  head: string[];
  rows: string[][];
  /** Columns holding numbers, right-aligned. */
  numeric: number[];
}

export interface DigestSection {
  heading: string;
  paragraphs: string[];
  table: DigestTable | null;
}

/** A digest laid out for reading in one language; Markdown and HTML both render this. */
export interface DigestDocument {
  lang: string;
  title: string;
  period: string;
  headline: string;
  weekSummary: string;
  /** Set for a provisional digest of the running week. */
  note: string | null;
  sections: DigestSection[];
}

const TOTAL_ROWS: (keyof DigestTotals)[] = [
  'listed',
  'rectified',
  'closed',
  'awaitingAcceptance',
  'inProgress',
  'awaitingPlan',
  'withControls',
  'withoutControls',
  'open',
  'overdue',
];

export function digestDocument(
  digest: WeeklyDigest,
  l: DigestLabels,
  lang: Language,
): DigestDocument {
  /** `2026年11月25日 12:00` / `Nov 25, 2026, 12:00`, in the digest's time zone. */
  const local = (iso: string) => humanDateTime(toZonedIso(new Date(iso), digest.timeZone), lang);
  const lastDay = localDateTime(
    new Date(Date.parse(digest.cutOff) - 1).toISOString(),
    digest.timeZone,
  ).slice(0, 10);
  const { activity } = digest;
  const section = (heading: string, table: DigestTable | null, paragraphs: string[] = []) => ({
    heading,
    paragraphs: table && table.rows.length === 0 ? [...paragraphs, l.noneInSection] : paragraphs,
    table: table && table.rows.length > 0 ? table : null,
  });
  const refs = (cases: DigestCaseRef[]): DigestTable => ({
    head: [l.columns.notice, l.columns.title],
    rows: cases.map((c) => [c.noticeNumber, c.title]),
    numeric: [],
  });
  const cases = (list: DigestOpenCase[]): DigestTable => ({
    head: [
      l.columns.notice,
      l.columns.title,
      l.columns.town,
      l.columns.priority,
      l.columns.leader,
      l.columns.state,
      l.columns.deadline,
      l.columns.controls,
      l.columns.overdue,
      l.columns.escalation,
    ],
    rows: list.map((c) => [
      c.noticeNumber,
      c.title,
      c.town || l.unspecified,
      l.priority[c.priority],
      c.leader ?? l.unassigned,
      l.state[c.state],
      c.deadline ? `${l.deadlineKind[c.deadline.kind]} ${local(c.deadline.at)}` : l.none,
      c.controlsInPlace ? l.yes : l.no,
      c.overdue ? l.yes : l.no,
      c.escalation ? l.escalation[c.escalation] : l.none,
    ]),
    numeric: [],
  });
  const groups = (breakdown: DigestBreakdown, name: (key: string) => string): DigestTable => ({
    head: [
      l.columns.group,
      l.columns.listed,
      l.columns.rectified,
      l.columns.open,
      l.columns.overdue,
    ],
    rows: Object.entries(breakdown).map(([key, g]) => [
      name(key),
      String(g.listed),
      String(g.rectified),
      String(g.open),
      String(g.overdue),
    ]),
    numeric: [1, 2, 3, 4],
  });
  const text = (key: string) => key || l.unspecified;
  return {
    lang,
    title: l.title(digest.week),
    period: l.period(local(digest.weekStart), local(digest.cutOff), digest.timeZone),
    headline: l.headline(
      digest.totals,
      digest.provisional ? local(digest.asOf) : l.asOf(lastDay),
      l.area(digest.scope ?? WHOLE_CITY),
    ),
    note: digest.provisional ? l.provisionalNote : null,
    weekSummary: l.weekSummary(
      activity.newListings.length,
      activity.closures.length,
      activity.stateChanges,
      activity.deadlinesMissed,
    ),
    sections: [
      section(l.sections.totals, {
        head: [l.columns.figure, l.columns.count],
        rows: TOTAL_ROWS.map((key) => [l.totals[key], String(digest.totals[key])]),
        numeric: [1],
      }),
      section(l.sections.newListings, refs(activity.newListings)),
      section(l.sections.closures, refs(activity.closures)),
      section(l.sections.overdue, cases(digest.overdue)),
      section(l.sections.dueNextWeek, cases(digest.dueNextWeek)),
      section(l.sections.byTown, groups(digest.byTown, text)),
      section(l.sections.byIndustryAuthority, groups(digest.byIndustryAuthority, text)),
      section(
        l.sections.byPriority,
        groups(
          digest.byPriority,
          (key) => l.priority[key as keyof DigestLabels['priority']] ?? key,
        ),
      ),
      section(l.sections.openCases, cases(digest.openCases)),
    ],
  };
}
