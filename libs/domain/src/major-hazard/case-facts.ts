import {
  caseStateOf,
  CASE_PHASES,
  DEADLINE_KINDS,
  nextEscalationLevel,
  reminderKey,
} from '@hazard/workflows';
import type {
  CaseOrigin,
  CasePhase,
  CaseSnapshot,
  CaseState,
  DeadlineKind,
  EscalationLevel,
  Leader,
  Listing,
  MissedDeadline,
  PendingExtension,
  Plan,
} from '@hazard/workflows';
import { escalationDueAt, remindersStillDue } from './deadline-policy';
import { isProvisionalDeadline } from './deadline-calendar';
import type { DeadlinePolicy, ReminderDue } from './deadline-policy';

/** The deadline that runs in the case's current state. */
export interface DeadlineInForce {
  kind: DeadlineKind;
  /** ISO-8601 with offset, as recorded. */
  deadline: string;
  /** The same instant in epoch milliseconds. */
  dueAt: number;
}

/**
 * Whether a case is overdue, as two facts:
 * - `pastDue`: the deadline in force had passed at `asOf` (the instant itself counts);
 * - `recorded`: the scheduler has recorded that deadline as missed (`DeadlineMissed`), which
 *   is what starts the notices and the escalation ladder.
 *
 * **The rule** (list, detail, digest and notices alike, see `isOverdue`): a case is overdue
 * when its deadline in force has passed, whether or not the miss has been recorded yet. The
 * two differ only in the moments between a deadline and its job firing; an approved
 * extension or the case moving on changes the deadline in force and clears both.
 */
export interface Overdue {
  recorded: boolean;
  pastDue: boolean;
}

export const isOverdue = (overdue: Overdue): boolean => overdue.recorded || overdue.pastDue;

export interface NextEscalation {
  level: EscalationLevel;
  dueAt: number;
}

export interface Escalation {
  /** The highest level raised on the missed deadline in force, if any. */
  level: EscalationLevel | null;
  /** The rung still to come, once the miss is recorded on a deadline that escalates. */
  next: NextEscalation | null;
}

/** Everything the rest of the system may know about a case: read it here, never from the snapshot. */
export interface CaseFacts {
  caseId: string;
  state: CaseState;
  phase: CasePhase;
  /** Listed and not yet closed. */
  open: boolean;
  /** The leader has confirmed interim control measures (管控措施) and they still stand. */
  controlsInPlace: boolean;
  listing: Listing;
  /** The general hazard the case was escalated from, if it was. */
  origin: CaseOrigin | null;
  leader: Leader | null;
  plan: Plan | null;
  deadlines: Partial<Record<DeadlineKind, string>>;
  deadlineInForce: DeadlineInForce | null;
  /**
   * The deadline in force is counted in working days but lies in a year the holiday data does
   * not cover, so it was counted in natural days: provisional (see deadline-calendar.ts).
   */
  provisionalDeadline: boolean;
  overdue: Overdue;
  escalation: Escalation;
  /**
   * The reminders of the deadline in force still to send: not sent yet, not overtaken (of
   * those already due at `asOf`, only the latest still speaks to the time left) and not
   * past the deadline itself. None once the miss is recorded.
   */
  remindersDue: ReminderDue[];
  missed: Partial<Record<DeadlineKind, MissedDeadline>>;
  pendingExtension: PendingExtension | null;
  progressReports: number;
}

export interface FactsOptions {
  /** The instant the facts describe: now, or a digest's cut-off. */
  asOf: Date;
  policy: DeadlinePolicy;
}

const deadlineKindOf = (snapshot: CaseSnapshot): DeadlineKind | null =>
  DEADLINE_KINDS.find((kind) => snapshot.hasTag(`deadline:${kind}`)) ?? null;

/** The deadline running in the case's state, if any. */
export function deadlineInForceOf(snapshot: CaseSnapshot): DeadlineInForce | null {
  const kind = deadlineKindOf(snapshot);
  const deadline = kind ? snapshot.context.deadlines[kind] : undefined;
  return kind && deadline !== undefined ? { kind, deadline, dueAt: Date.parse(deadline) } : null;
}

/** The facts of a case as of an instant; null while nothing has been listed. */
export function caseFacts(
  snapshot: CaseSnapshot,
  { asOf, policy }: FactsOptions,
): CaseFacts | null {
  const { context } = snapshot;
  if (!context.caseId || !context.listing) return null;
  const inForce = deadlineInForceOf(snapshot);
  const missed = inForce ? context.missed[inForce.kind] : undefined;
  const recorded = inForce !== null && missed?.deadline === inForce.deadline;
  const level = recorded ? (missed?.level ?? null) : null;
  return {
    caseId: context.caseId,
    state: caseStateOf(snapshot),
    phase: CASE_PHASES.find((phase) => snapshot.hasTag(`phase:${phase}`)) ?? 'planning',
    open: snapshot.hasTag('open'),
    controlsInPlace: snapshot.hasTag('controlsInPlace'),
    listing: context.listing,
    origin: context.origin ?? null,
    leader: context.leader,
    plan: context.plan,
    deadlines: context.deadlines,
    deadlineInForce: inForce,
    provisionalDeadline:
      inForce !== null && isProvisionalDeadline(inForce.deadline, policy.calendar?.[inForce.kind]),
    overdue: { recorded, pastDue: inForce !== null && asOf.getTime() >= inForce.dueAt },
    escalation: {
      level,
      next: recorded && inForce ? nextRung(snapshot, inForce, level, policy) : null,
    },
    remindersDue: inForce && !recorded ? remindersDue(snapshot, inForce, asOf, policy) : [],
    missed: context.missed,
    pendingExtension: context.pendingExtension,
    progressReports: context.progressReports,
  };
}

function nextRung(
  snapshot: CaseSnapshot,
  { deadline }: DeadlineInForce,
  level: EscalationLevel | null,
  policy: DeadlinePolicy,
): NextEscalation | null {
  if (!snapshot.hasTag('escalates')) return null;
  const next = nextEscalationLevel(level);
  return next === null ? null : { level: next, dueAt: escalationDueAt(deadline, next, policy) };
}

function remindersDue(
  snapshot: CaseSnapshot,
  { kind, deadline }: DeadlineInForce,
  asOf: Date,
  policy: DeadlinePolicy,
): ReminderDue[] {
  const sent = snapshot.context.remindersSent;
  return remindersStillDue(deadline, asOf, policy.reminderDaysBefore, (daysBefore) =>
    sent.includes(reminderKey(kind, deadline, daysBefore)),
  );
}
