import type { CaseSnapshot, HazardEvent, Plan, RequiredPlanField } from '@hazard/workflows';
import { caseStateOf, missingPlanFields } from '@hazard/workflows';
import { toZonedIso } from '../clock';
import { deadlineAfter } from './deadline-calendar';
import { TransitionNotAllowedError, ValidationFailedError } from '../errors';
import { requireDue, requireLater } from '../time-checks';
import type { CaseCommand } from './commands';
import { deadlineInForceOf } from './case-facts';
import { escalationDueAt, reminderDueAt } from './deadline-policy';
import type { DeadlinePolicy } from './deadline-policy';
import type { DecisionContext } from '../decider';

export type DecideContext = Omit<DecisionContext<DeadlinePolicy>, 'actor'>;

/**
 * Turns a command into the one event it stands for, then lets the machine judge it: the
 * command is accepted only where the machine accepts that event from the current state.
 */
export function decideEvent(
  command: CaseCommand,
  snapshot: CaseSnapshot,
  ctx: DecideContext,
): HazardEvent {
  const event = toEvent(command, snapshot, ctx);
  if (!snapshot.can(event)) {
    throw new TransitionNotAllowedError(
      command.type,
      caseStateOf(snapshot),
      whyNot(command, snapshot),
    );
  }
  return event;
}

function toEvent(command: CaseCommand, snapshot: CaseSnapshot, ctx: DecideContext): HazardEvent {
  const { context } = snapshot;
  const state = caseStateOf(snapshot);
  const kindInForce = deadlineInForceOf(snapshot)?.kind ?? 'planSubmission';
  const at = (date: Date) => toZonedIso(date, ctx.timeZone);
  switch (command.type) {
    case 'ListHazard':
      return { type: 'HazardListed', data: command.data };
    case 'AssignLeader': {
      const priority = context.listing?.priority ?? 'serious';
      const days = ctx.policy.planSubmissionDays[priority];
      const calendar = ctx.policy.calendar?.planSubmission;
      const planDeadline = at(deadlineAfter(ctx.now, days, calendar, ctx.timeZone).at);
      return { type: 'LeaderAssigned', data: { leader: command.data.leader, planDeadline } };
    }
    case 'ReassignLeader':
      return { type: 'LeaderReassigned', data: command.data };
    case 'SubmitPlan':
      requireCompletePlan(command.data.plan, ctx.now);
      return { type: 'PlanSubmitted', data: command.data };
    case 'ApprovePlan':
      return {
        type: 'PlanApproved',
        data: { rectificationDeadline: context.plan?.deadline ?? '' },
      };
    case 'RejectPlan':
      return { type: 'PlanRejected', data: command.data };
    case 'ConfirmControls':
      return { type: 'ControlsConfirmed', data: command.data };
    case 'RecordProgress':
      return { type: 'ProgressRecorded', data: command.data };
    case 'ReportRectified': {
      const { acceptanceDays, calendar } = ctx.policy;
      const due = deadlineAfter(ctx.now, acceptanceDays, calendar?.acceptance, ctx.timeZone);
      const acceptanceDeadline = at(due.at);
      return { type: 'RectificationReported', data: { ...command.data, acceptanceDeadline } };
    }
    case 'RejectRectification':
      return { type: 'RectificationRejected', data: command.data };
    case 'CloseCase':
      return { type: 'CaseClosed', data: command.data };
    case 'RequestExtension': {
      const kind = kindInForce;
      requireLater('deadline', command.data.deadline, ctx.now);
      requireLater('deadline', command.data.deadline, context.deadlines[kind]);
      return { type: 'ExtensionRequested', data: { kind, ...command.data } };
    }
    case 'ApproveExtension': {
      const pending = context.pendingExtension;
      const kind = pending?.kind ?? kindInForce;
      const deadline = command.data.deadline ?? pending?.deadline ?? '';
      if (command.data.deadline !== undefined) {
        requireLater('deadline', deadline, context.deadlines[kind]);
      }
      return { type: 'ExtensionApproved', data: { kind, deadline, reason: command.data.reason } };
    }
    case 'RefuseExtension': {
      const kind = context.pendingExtension?.kind ?? kindInForce;
      return { type: 'ExtensionRefused', data: { kind, reason: command.data.reason } };
    }
    case 'RecordDeadlineMissed':
      requireDue(command.type, state, ctx.now, Date.parse(command.data.deadline));
      return { type: 'DeadlineMissed', data: command.data };
    case 'RaiseEscalation': {
      const { deadline, level } = command.data;
      requireDue(command.type, state, ctx.now, escalationDueAt(deadline, level, ctx.policy));
      return { type: 'EscalationRaised', data: command.data };
    }
    case 'SendReminder': {
      const { deadline, daysBefore } = command.data;
      requireDue(command.type, state, ctx.now, reminderDueAt(deadline, daysBefore));
      return { type: 'ReminderSent', data: command.data };
    }
    default: {
      const unreachable: never = command;
      throw new Error(`unknown command ${JSON.stringify(unreachable)}`);
    }
  }
}

const PLAN_FIELD_MESSAGES: Record<RequiredPlanField, string> = {
  responsibleDepartment: 'a responsible department is required',
  responsiblePerson: 'a responsible person is required',
  deadline: 'must be an ISO-8601 date-time',
  controlMeasures: 'at least one control measure is required',
};

/** An incomplete plan is the submitter's mistake (422), not a conflict with the case (409). */
function requireCompletePlan(plan: Plan, now: Date): void {
  const missing = missingPlanFields(plan);
  if (missing.length > 0) {
    throw new ValidationFailedError(
      missing.map((field) => ({ field: `plan.${field}`, message: PLAN_FIELD_MESSAGES[field] })),
    );
  }
  requireLater('plan.deadline', plan.deadline, now);
}

function whyNot(command: CaseCommand, snapshot: CaseSnapshot): string | undefined {
  const { context } = snapshot;
  switch (command.type) {
    case 'ReassignLeader':
      return context.leader?.id === command.data.leader.id
        ? 'already the assigned leader'
        : undefined;
    case 'RequestExtension':
      return context.pendingExtension ? 'an extension request is already pending' : undefined;
    case 'ApproveExtension':
    case 'RefuseExtension':
      return context.pendingExtension ? undefined : 'no extension request is pending';
    default:
      return undefined;
  }
}
