import type { CaseContext } from '@hazard/workflows';
import type { Actor, Role } from '../actor';
import { ForbiddenError, SeparationOfDutiesError } from '../errors';
import type { CaseCommandType } from './commands';

type Rule = {
  roles: Role[];
  caseLeaderOnly?: boolean;
  /** Must be independent of the case's own side (验收 by someone who did not do the work). */
  independent?: 'plan' | 'fix';
};

/** Who may do what (docs/architecture.md §4). The supervised unit has no role that closes a case. */
const RULES: Record<CaseCommandType, Rule> = {
  ListHazard: { roles: ['committee'] },
  AssignLeader: { roles: ['committee', 'hq'] },
  ReassignLeader: { roles: ['committee', 'hq'] },
  SubmitPlan: { roles: ['leader', 'department'], caseLeaderOnly: true },
  ApprovePlan: { roles: ['committee'], independent: 'plan' },
  RejectPlan: { roles: ['committee'] },
  ConfirmControls: { roles: ['leader', 'department'], caseLeaderOnly: true },
  RecordProgress: { roles: ['leader', 'department'], caseLeaderOnly: true },
  ReportRectified: { roles: ['leader', 'department'], caseLeaderOnly: true },
  RejectRectification: { roles: ['committee'] },
  CloseCase: { roles: ['committee'], independent: 'fix' },
  RequestExtension: { roles: ['leader', 'department'], caseLeaderOnly: true },
  ApproveExtension: { roles: ['committee'] },
  RefuseExtension: { roles: ['committee'] },
  RecordDeadlineMissed: { roles: ['scheduler'] },
  RaiseEscalation: { roles: ['scheduler'] },
  SendReminder: { roles: ['scheduler'] },
};

/** A town-scoped actor sees and touches only its towns' cases. */
export const inJurisdiction = (actor: Actor, town: string | undefined): boolean =>
  actor.towns.length === 0 || (town !== undefined && actor.towns.includes(town));

/**
 * Who may read a case: anyone whose jurisdiction covers its town, and its assigned leader
 * wherever it is. Lists leave out what this refuses; a detail answers 403.
 */
export const mayReadCase = (actor: Actor, town: string, leaderId: string | null): boolean =>
  inJurisdiction(actor, town) || (leaderId !== null && leaderId === actor.userId);

/** Speaks for the case: its assigned leader, or the responsible department / authority. */
const speaksForCase = (actor: Actor, role: Role, context: CaseContext): boolean => {
  if (role === 'leader') return context.leader?.id === actor.userId;
  const departments = [context.plan?.responsibleDepartment, context.listing?.industryAuthority];
  return departments.some((d) => d !== undefined && actor.departments.includes(d));
};

/**
 * Who stands on the case's own side for an independent check: every leader the case has had,
 * and whoever submitted the plan (for its approval) or reported the fix (for its acceptance).
 */
function ownSide(actor: Actor, context: CaseContext, check: 'plan' | 'fix'): boolean {
  if (context.leaderIds.includes(actor.userId)) return true;
  const doer = check === 'plan' ? context.planSubmittedBy : context.rectificationReportedBy;
  return doer !== null && doer === actor.userId;
}

/**
 * Returns the role under which the actor may run the command, or throws 403. Jurisdiction:
 * the case's town must be the actor's, except for the case's own leader: leadership itself
 * grants the right, so a leader from elsewhere assigned to a case can always advance it.
 */
export function authorize(actor: Actor, command: CaseCommandType, context: CaseContext): Role {
  const rule = RULES[command];
  const leadsIt = context.leader !== null && context.leader.id === actor.userId;
  if (!leadsIt && !inJurisdiction(actor, context.listing?.town)) {
    throw new ForbiddenError(`${command}: the case's town is outside your jurisdiction`);
  }
  const role = rule.roles.find(
    (r) => actor.roles.includes(r) && (!rule.caseLeaderOnly || speaksForCase(actor, r, context)),
  );
  if (!role) {
    const needed = rule.caseLeaderOnly
      ? "the case's assigned leader or responsible department"
      : `role ${rule.roles.join(' or ')}`;
    throw new ForbiddenError(`${command} needs ${needed}`);
  }
  if (rule.independent && ownSide(actor, context, rule.independent)) {
    throw new SeparationOfDutiesError(command, rule.independent);
  }
  return role;
}
