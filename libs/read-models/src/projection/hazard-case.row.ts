import { caseFacts, storeCaseSnapshot } from '@hazard/domain';
import type { DeadlinePolicy } from '@hazard/domain';
import type { CaseSnapshot } from '@hazard/workflows';

/** One `hazard_cases` row, named as the upsert's parameters. */
export interface HazardCaseRow {
  id: string;
  listedPosition: number;
  listedAt: string;
  /** `listedAt` in epoch ms, for the weekly counts. */
  listedMs: number;
  /** When the case was closed (its last event), epoch ms; null while it is open. */
  closedMs: number | null;
  updatedAt: string;
  state: string;
  stateGroup: string;
  town: string;
  industryAuthority: string;
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
  /**
   * What the full-text index is made of: title, unit name and notice number (they never
   * change, so the writer turns them into terms once, when it first writes the case).
   */
  searchFields: string[];
}

/** Every event has its `occurredAt`; a row must still be writable if one had not. */
const epochMs = (iso: string): number => Date.parse(iso) || 0;

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
  const { listing } = facts;
  return {
    id: facts.caseId,
    listedPosition: stamp.listedPosition,
    listedAt: stamp.listedAt,
    listedMs: epochMs(stamp.listedAt),
    closedMs: facts.state === 'closed' ? epochMs(stamp.updatedAt) : null,
    updatedAt: stamp.updatedAt,
    state: facts.state,
    stateGroup: facts.state.split('.')[0],
    town: listing.town,
    industryAuthority: listing.industryAuthority,
    priority: listing.priority,
    leaderId: facts.leader?.id ?? null,
    deadlineAt: facts.deadlineInForce?.dueAt ?? null,
    missRecorded: facts.overdue.recorded ? 1 : 0,
    escalationLevel: facts.escalation.level,
    version: stamp.version,
    lastPosition: stamp.lastPosition,
    snapshot: JSON.stringify(storeCaseSnapshot(snapshot)),
    searchFields: [listing.title, listing.unitName, listing.noticeNumber],
  };
}
