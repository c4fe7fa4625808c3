import { caseFacts, isOverdue } from '@hazard/domain';
import type { CaseFacts, DeadlineInForce, DeadlinePolicy } from '@hazard/domain';
import type { CaseSnapshot, EscalationLevel } from '@hazard/workflows';

/** What GET /api/hazards/:id returns; the list shows a summary of the same view. */
export interface HazardCaseView extends Pick<
  CaseFacts,
  | 'state'
  | 'listing'
  | 'origin'
  | 'leader'
  | 'plan'
  | 'deadlines'
  | 'missed'
  | 'pendingExtension'
  | 'progressReports'
> {
  id: string;
  /**
   * `provisional`, only when true: counted in working days, but the holiday data does not
   * cover its year, so counted in natural days for now.
   */
  deadlineInForce: (Pick<DeadlineInForce, 'kind' | 'deadline'> & { provisional?: true }) | null;
  /** The domain's rule (`isOverdue`): the deadline in force has passed, recorded or not yet. */
  overdue: boolean;
  escalationLevel: EscalationLevel | null;
  /** Number of events in the case's stream: the ETag and the If-Match of the next command. */
  version: number;
  listedAt: string;
  updatedAt: string;
}

export interface ViewStamp {
  version: number;
  listedAt: string;
  updatedAt: string;
}

export interface ViewOptions {
  asOf: Date;
  policy: DeadlinePolicy;
}

/** The view of a case as of an instant, all of it read off the domain's facts. */
export function hazardCaseView(
  snapshot: CaseSnapshot,
  stamp: ViewStamp,
  options: ViewOptions,
): HazardCaseView | null {
  const facts = caseFacts(snapshot, options);
  if (!facts) return null;
  const inForce = facts.deadlineInForce;
  return {
    id: facts.caseId,
    state: facts.state,
    listing: facts.listing,
    origin: facts.origin,
    leader: facts.leader,
    plan: facts.plan,
    deadlines: facts.deadlines,
    deadlineInForce: inForce
      ? {
          kind: inForce.kind,
          deadline: inForce.deadline,
          ...(facts.provisionalDeadline ? { provisional: true as const } : {}),
        }
      : null,
    overdue: isOverdue(facts.overdue),
    escalationLevel: facts.escalation.level,
    missed: facts.missed,
    pendingExtension: facts.pendingExtension,
    progressReports: facts.progressReports,
    ...stamp,
  };
}
