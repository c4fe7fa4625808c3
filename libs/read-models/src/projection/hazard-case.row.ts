import { caseFacts, storeCaseSnapshot } from '@hazard/domain';
import type { DeadlinePolicy } from '@hazard/domain';
import type { CaseSnapshot } from '@hazard/workflows';

/** One `hazard_cases` row, named as the upsert's parameters. */
export interface HazardCaseRow {
  id: string;
  listedPosition: number;
  listedAt: string;
  updatedAt: string;
  state: string;
  stateGroup: string;
  town: string;
  priority: string;
  leaderId: string | null;
  /** The deadline in force, epoch ms: "overdue" is `deadline_at <= now` (the domain's rule). */
  deadlineAt: number | null;
  /** The miss of the deadline in force has been recorded (it then stays overdue). */
  missRecorded: 0 | 1;
  escalationLevel: string | null;
  version: number;
  lastPosition: number;
  snapshot: string;
}

export interface RowStamp {
  version: number;
  listedAt: string;
  updatedAt: string;
  listedPosition: number;
  lastPosition: number;
}

/**
 * The row for a case as the domain's facts have it; null before it is listed. Nothing in a
 * row depends on when it is read: what time changes (past due or not) is decided by the
 * query from `deadlineAt`.
 */
export function hazardCaseRow(
  snapshot: CaseSnapshot,
  stamp: RowStamp,
  policy: DeadlinePolicy,
): HazardCaseRow | null {
  const facts = caseFacts(snapshot, { asOf: new Date(stamp.updatedAt), policy });
  if (!facts) return null;
  return {
    id: facts.caseId,
    listedPosition: stamp.listedPosition,
    listedAt: stamp.listedAt,
    updatedAt: stamp.updatedAt,
    state: facts.state,
    stateGroup: facts.state.split('.')[0],
    town: facts.listing.town,
    priority: facts.listing.priority,
    leaderId: facts.leader?.id ?? null,
    deadlineAt: facts.deadlineInForce?.dueAt ?? null,
    missRecorded: facts.overdue.recorded ? 1 : 0,
    escalationLevel: facts.escalation.level,
    version: stamp.version,
    lastPosition: stamp.lastPosition,
    snapshot: JSON.stringify(storeCaseSnapshot(snapshot)),
  };
}
