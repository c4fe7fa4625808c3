import { generalHazardStateOf } from '@hazard/workflows';
import type { GeneralHazardEvent, GeneralHazardSnapshot } from '@hazard/workflows';
import { addDays, toZonedIso } from '../clock';
import type { DecisionContext } from '../decider';
import { TransitionNotAllowedError } from '../errors';
import { reminderDueAt } from '../major-hazard/deadline-policy';
import { requireDue, requireLater } from '../time-checks';
import type { GeneralHazardCommand } from './general-hazard.commands';
import type { GeneralHazardPolicy } from './general-hazard-policy';

export type GeneralDecideContext = Omit<DecisionContext<GeneralHazardPolicy>, 'actor'>;

/** The one event a command stands for, accepted only where the machine accepts it. */
export function decideGeneralHazardEvent(
  command: GeneralHazardCommand,
  snapshot: GeneralHazardSnapshot,
  ctx: GeneralDecideContext,
): GeneralHazardEvent {
  const event = toEvent(command, snapshot, ctx);
  if (!snapshot.can(event)) {
    throw new TransitionNotAllowedError(command.type, generalHazardStateOf(snapshot));
  }
  return event;
}

function toEvent(
  command: GeneralHazardCommand,
  snapshot: GeneralHazardSnapshot,
  ctx: GeneralDecideContext,
): GeneralHazardEvent {
  const state = generalHazardStateOf(snapshot);
  switch (command.type) {
    case 'OpenFinding':
      return { type: 'GeneralHazardFound', data: command.data.hazard };
    case 'ReportHazard':
      requireLater('rectificationDeadline', command.data.hazard.rectificationDeadline, ctx.now);
      return { type: 'GeneralHazardFound', data: command.data.hazard };
    case 'StartRectification':
      return { type: 'GeneralRectificationStarted', data: command.data };
    case 'ReportRectified': {
      const at = addDays(ctx.now, ctx.policy.verificationDays);
      return {
        type: 'GeneralRectificationReported',
        data: { ...command.data, verificationDeadline: toZonedIso(at, ctx.timeZone) },
      };
    }
    case 'RejectRectification':
      return { type: 'GeneralRectificationRejected', data: command.data };
    case 'VerifyRectification':
      return { type: 'GeneralHazardVerified', data: command.data };
    case 'ExtendDeadline':
      requireLater('deadline', command.data.deadline, ctx.now);
      if (state === 'found' || state === 'rectifying') {
        requireLater('deadline', command.data.deadline, snapshot.context.deadlines.rectification);
      }
      return { type: 'GeneralDeadlineExtended', data: command.data };
    case 'EscalateToMajor':
      return { type: 'GeneralHazardEscalated', data: command.data };
    case 'RecordDeadlineMissed':
      requireDue(command.type, state, ctx.now, Date.parse(command.data.deadline));
      return { type: 'GeneralDeadlineMissed', data: command.data };
    case 'SendReminder': {
      const { deadline, daysBefore } = command.data;
      requireDue(command.type, state, ctx.now, reminderDueAt(deadline, daysBefore));
      return { type: 'GeneralReminderSent', data: command.data };
    }
    default: {
      const unreachable: never = command;
      throw new Error(`unknown command ${JSON.stringify(unreachable)}`);
    }
  }
}
