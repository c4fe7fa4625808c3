import { caseStateOf, deadlineKindIn } from '@hazard/workflows';
import type {
  CaseContext,
  CaseSnapshot,
  CaseState,
  DeadlineKind,
  EscalationLevel,
  Leader,
  Listing,
  Plan,
  PendingExtension,
  MissedDeadline,
} from '@hazard/workflows';

/** The deadline that runs in the case's current state, if any. */
export interface DeadlineInForce {
  kind: DeadlineKind;
  deadline: string;
}

/** What GET /api/hazards/:id returns; the list shows a summary of the same view. */
export interface HazardCaseView {
  id: string;
  state: CaseState;
  listing: Listing;
  leader: Leader | null;
  plan: Plan | null;
  deadlines: Partial<Record<DeadlineKind, string>>;
  deadlineInForce: DeadlineInForce | null;
  overdue: boolean;
  escalationLevel: EscalationLevel | null;
  missed: Partial<Record<DeadlineKind, MissedDeadline>>;
  pendingExtension: PendingExtension | null;
  progressReports: number;
  /** Number of events in the case's stream: the ETag and the If-Match of the next command. */
  version: number;
  listedAt: string;
  updatedAt: string;
}

export interface Overdue {
  deadlineInForce: DeadlineInForce | null;
  overdue: boolean;
  escalationLevel: EscalationLevel | null;
}

/**
 * A case is overdue while the deadline recorded as missed is still the deadline in force for
 * the current state: an approved extension or moving on to the next state clears it.
 */
export function overdueOf(state: CaseState, context: CaseContext): Overdue {
  const kind = deadlineKindIn(state);
  const deadline = kind ? context.deadlines[kind] : undefined;
  if (!kind || deadline === undefined) {
    return { deadlineInForce: null, overdue: false, escalationLevel: null };
  }
  const missed = context.missed[kind];
  const overdue = missed?.deadline === deadline;
  return {
    deadlineInForce: { kind, deadline },
    overdue,
    escalationLevel: overdue ? (missed?.level ?? null) : null,
  };
}

export interface ViewStamp {
  version: number;
  listedAt: string;
  updatedAt: string;
}

/** What the read model keeps of a snapshot: enough to derive the view and to fold onwards. */
export type StoredSnapshot = Pick<CaseSnapshot, 'value' | 'context'>;

/** The view of a case, all of it read off the machine's snapshot. */
export function hazardCaseView(snapshot: StoredSnapshot, stamp: ViewStamp): HazardCaseView | null {
  const { context } = snapshot;
  if (!context.caseId || !context.listing) return null;
  // caseStateOf reads only `value`, which a stored snapshot has.
  const state = caseStateOf(snapshot as CaseSnapshot);
  return {
    id: context.caseId,
    state,
    listing: context.listing,
    leader: context.leader,
    plan: context.plan,
    deadlines: context.deadlines,
    ...overdueOf(state, context),
    missed: context.missed,
    pendingExtension: context.pendingExtension,
    progressReports: context.progressReports,
    ...stamp,
  };
}
