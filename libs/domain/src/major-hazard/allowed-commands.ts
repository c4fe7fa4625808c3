import type { CaseSnapshot } from '@hazard/workflows';
import { addDays, toZonedIso } from '../clock';
import type { DecisionContext } from '../decider';
import { allowedByDecider } from '../allowed-by-decider';
import { deadlineInForceOf } from './case-facts';
import { CASE_COMMAND_TYPES } from './commands';
import type { CaseCommand, CaseCommandType } from './commands';
import type { DeadlinePolicy } from './deadline-policy';
import { majorHazardDecider } from './major-hazard.decider';

/** Commands nobody sends to an existing case: the listing opens it, the scheduler keeps time. */
const NOT_FOR_PEOPLE = [
  'ListHazard',
  'RecordDeadlineMissed',
  'RaiseEscalation',
  'SendReminder',
] as const satisfies readonly CaseCommandType[];
export type PersonCaseCommand = Exclude<CaseCommandType, (typeof NOT_FOR_PEOPLE)[number]>;

const isPersonCommand = (type: CaseCommandType): type is PersonCaseCommand =>
  !(NOT_FOR_PEOPLE as readonly CaseCommandType[]).includes(type);

/** What people may ask of an existing case, in the workflow's order. */
export const PERSON_CASE_COMMANDS: readonly PersonCaseCommand[] =
  CASE_COMMAND_TYPES.filter(isPersonCommand);

const PROBE_TEXT = '—';

/**
 * A well-formed payload for each command in this state: a leader other than the current one,
 * a complete plan, a deadline later than both now and the deadline in force. With it, "may
 * this user do this now?" is asked of the real decider, so the answer can never differ from
 * what the command endpoint would do with a valid body.
 */
function probe(
  type: PersonCaseCommand,
  snapshot: CaseSnapshot,
  now: Date,
  zone: string,
): CaseCommand {
  const inForce = deadlineInForceOf(snapshot)?.dueAt ?? 0;
  const later = toZonedIso(addDays(new Date(Math.max(now.getTime(), inForce)), 30), zone);
  const otherLeader = { id: `${snapshot.context.leader?.id ?? ''}~probe`, name: PROBE_TEXT };
  switch (type) {
    case 'AssignLeader':
    case 'ReassignLeader':
      return { type, data: { leader: otherLeader } };
    case 'SubmitPlan':
      return {
        type,
        data: {
          plan: {
            responsibleDepartment: PROBE_TEXT,
            responsiblePerson: PROBE_TEXT,
            deadline: later,
            controlMeasures: [PROBE_TEXT],
          },
        },
      };
    case 'ApprovePlan':
      return { type, data: {} };
    case 'ApproveExtension':
      return { type, data: {} };
    case 'RequestExtension':
      return { type, data: { deadline: later, reason: PROBE_TEXT } };
    case 'RejectPlan':
    case 'RejectRectification':
    case 'RefuseExtension':
      return { type, data: { reason: PROBE_TEXT } };
    case 'ConfirmControls':
    case 'RecordProgress':
    case 'CloseCase':
      return { type, data: { note: PROBE_TEXT } };
    case 'ReportRectified':
      return { type, data: { summary: PROBE_TEXT } };
    default: {
      const unreachable: never = type;
      throw new Error(`no probe for ${String(unreachable)}`);
    }
  }
}

/** The commands this actor may send to this case now, in the workflow's order. */
export function allowedCaseCommands(
  snapshot: CaseSnapshot,
  context: DecisionContext<DeadlinePolicy>,
): PersonCaseCommand[] {
  return allowedByDecider(
    majorHazardDecider,
    PERSON_CASE_COMMANDS,
    (type) => probe(type, snapshot, context.now, context.timeZone),
    snapshot,
    context,
  );
}
