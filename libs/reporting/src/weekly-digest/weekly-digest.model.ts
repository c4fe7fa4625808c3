import type { DigestScope } from '@hazard/domain';
import type { CaseState, DeadlineKind, EscalationLevel, Priority } from '@hazard/workflows';

/**
 * The weekly supervision digest (每周一报) as data: language-neutral codes and counts only.
 * This is what gets stored when a digest is issued; labels and sentences come at render time.
 *
 * Definitions, all as of `asOf` (the week's cut-off, next Monday 00:00 local, once it has ended):
 * - listed: every case listed by the cut-off, including rectified and closed ones — the seed's
 *   "挂牌督办重大隐患 6 条" counts the whole campaign, of which "完成整改 4 条".
 * - rectified = awaitingAcceptance (fix reported, not yet accepted) + closed (accepted, 销号).
 * - inProgress: plan approved, rectification under way (按整改方案计划推进落实).
 * - awaitingPlan: listed or leader assigned, plan not yet approved.
 *   listed = rectified + inProgress + awaitingPlan.
 * - withControls / withoutControls split the cases still to be rectified (inProgress +
 *   awaitingPlan) by whether the assigned leader has confirmed control measures in place.
 * - overdue: open cases whose deadline in force has passed (or was recorded missed).
 */
export interface DigestTotals {
  listed: number;
  open: number;
  rectified: number;
  awaitingAcceptance: number;
  closed: number;
  inProgress: number;
  awaitingPlan: number;
  withControls: number;
  withoutControls: number;
  overdue: number;
}

/** What happened during the week itself, [start, cutOff). */
export interface DigestWeekActivity {
  newListings: DigestCaseRef[];
  closures: DigestCaseRef[];
  /** Events that moved a case to another state. */
  stateChanges: number;
  /** Cases entering each state during the week (a case may count under several). */
  enteredState: Partial<Record<CaseState, number>>;
  deadlinesMissed: number;
  escalationsRaised: number;
}

export interface DigestCaseRef {
  caseId: string;
  title: string;
  noticeNumber: string;
}

export interface DigestDeadline {
  kind: DeadlineKind;
  at: string;
}

export interface DigestOpenCase extends DigestCaseRef {
  town: string;
  industryAuthority: string;
  priority: Priority;
  leader: string | null;
  state: CaseState;
  deadline: DigestDeadline | null;
  controlsInPlace: boolean;
  overdue: boolean;
  /** The highest escalation reached on the missed deadline in force, if any. */
  escalation: EscalationLevel | null;
}

export interface DigestGroupCounts {
  listed: number;
  rectified: number;
  open: number;
  overdue: number;
}

export type DigestBreakdown = Record<string, DigestGroupCounts>;

export interface WeeklyDigest {
  kind: 'weekly-digest';
  schemaVersion: 1;
  week: string;
  timeZone: string;
  /** Monday 00:00 local, ISO-8601 with offset. */
  weekStart: string;
  /** The next Monday 00:00 local: events that occurred at or after it are not counted. */
  cutOff: string;
  /**
   * The instant the figures describe: the cut-off for a digest of a week that has ended (every
   * issued digest); "now" for a provisional look at the week still running, never stored.
   */
  asOf: string;
  provisional: boolean;
  /** Present when the digest covers only some towns or departments; absent: the whole city. */
  scope?: DigestScope;
  /** The log prefix the digest was computed from: events up to this global position. */
  source: { throughPosition: string | null; events: number };
  totals: DigestTotals;
  activity: DigestWeekActivity;
  overdue: DigestOpenCase[];
  /** Deadlines in force falling in the 7 days after the cut-off. */
  dueNextWeek: DigestOpenCase[];
  byTown: DigestBreakdown;
  byIndustryAuthority: DigestBreakdown;
  byPriority: DigestBreakdown;
  openCases: DigestOpenCase[];
}
