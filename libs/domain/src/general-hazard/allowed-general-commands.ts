import type { GeneralHazardSnapshot } from '@hazard/workflows';
import { addDays, toZonedIso } from '../clock';
import type { DecisionContext } from '../decider';
import { allowedByDecider } from '../allowed-by-decider';
import type { GeneralHazardCommand, GeneralHazardCommandType } from './general-hazard.commands';
import type { GeneralHazardPolicy } from './general-hazard-policy';
import { generalHazardDecider } from './general-hazard.decider';

/** What people may ask of an existing general hazard, in the workflow's order. */
export const PERSON_GENERAL_HAZARD_COMMANDS = [
  'StartRectification',
  'ReportRectified',
  'RejectRectification',
  'VerifyRectification',
  'ExtendDeadline',
  'EscalateToMajor',
] as const satisfies readonly GeneralHazardCommandType[];
export type PersonGeneralHazardCommand = (typeof PERSON_GENERAL_HAZARD_COMMANDS)[number];

const PROBE_TEXT = '—';

/** A well-formed payload for each command: a deadline later than any in force. */
function probe(
  type: PersonGeneralHazardCommand,
  snapshot: GeneralHazardSnapshot,
  now: Date,
  timeZone: string,
): GeneralHazardCommand {
  switch (type) {
    case 'StartRectification':
      return { type, data: { responsiblePerson: PROBE_TEXT, measures: PROBE_TEXT } };
    case 'ReportRectified':
      return { type, data: { summary: PROBE_TEXT } };
    case 'RejectRectification':
      return { type, data: { reason: PROBE_TEXT } };
    case 'VerifyRectification':
      return { type, data: { note: PROBE_TEXT } };
    case 'ExtendDeadline': {
      const current = Date.parse(snapshot.context.deadlines.rectification ?? '') || 0;
      const later = addDays(new Date(Math.max(now.getTime(), current)), 1);
      return { type, data: { deadline: toZonedIso(later, timeZone), reason: PROBE_TEXT } };
    }
    case 'EscalateToMajor':
      return {
        type,
        data: {
          caseId: PROBE_TEXT,
          noticeNumber: PROBE_TEXT,
          criterion: { standard: PROBE_TEXT, clause: PROBE_TEXT },
        },
      };
    default: {
      const unreachable: never = type;
      throw new Error(`no probe for ${String(unreachable)}`);
    }
  }
}

/**
 * The commands this actor may send to this general hazard now, asked of its decider, so
 * that what the console offers never disagrees with what the endpoints accept.
 */
export function allowedGeneralHazardCommands(
  snapshot: GeneralHazardSnapshot,
  context: DecisionContext<GeneralHazardPolicy>,
): PersonGeneralHazardCommand[] {
  return allowedByDecider(
    generalHazardDecider,
    PERSON_GENERAL_HAZARD_COMMANDS,
    (type) => probe(type, snapshot, context.now, context.timeZone),
    snapshot,
    context,
  );
}
