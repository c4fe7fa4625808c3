import type {
  CaseOrigin,
  DeadlineKind,
  EscalationLevel,
  Leader,
  Listing,
  Plan,
} from './major-hazard.events';

export interface MissedDeadline {
  deadline: string;
  level: EscalationLevel | null;
}

export interface PendingExtension {
  kind: DeadlineKind;
  deadline: string;
  reason: string;
}

/** Everything the machine's guards need; derived only from the case's own events. */
export interface CaseContext {
  caseId: string | null;
  listing: Listing | null;
  /** The general hazard the case was escalated from, if it was. */
  origin: CaseOrigin | null;
  leader: Leader | null;
  /** Every leader the case has had, the current one included (separation of duties). */
  leaderIds: string[];
  plan: Plan | null;
  /** Who submitted the plan under review or in force; null when unknown. */
  planSubmittedBy: string | null;
  /** Who reported the fix now awaiting acceptance; null when unknown or none. */
  rectificationReportedBy: string | null;
  deadlines: Partial<Record<DeadlineKind, string>>;
  /** The last deadline missed per kind; the case is overdue while it is still the deadline in force. */
  missed: Partial<Record<DeadlineKind, MissedDeadline>>;
  pendingExtension: PendingExtension | null;
  /** Keys `kind|deadline|daysBefore` of reminders already sent. */
  remindersSent: string[];
  progressReports: number;
}

export const emptyCaseContext = (): CaseContext => ({
  caseId: null,
  listing: null,
  origin: null,
  leader: null,
  leaderIds: [],
  plan: null,
  planSubmittedBy: null,
  rectificationReportedBy: null,
  deadlines: {},
  missed: {},
  pendingExtension: null,
  remindersSent: [],
  progressReports: 0,
});

export const reminderKey = (kind: DeadlineKind, deadline: string, daysBefore: number): string =>
  `${kind}|${deadline}|${daysBefore}`;
