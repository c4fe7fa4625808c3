import type { Actor, Role } from '../actor';
import { addDays, isCalendarDate, localDayOf, toZonedIso } from '../clock';
import { authorizeCampaign } from '../campaign/jurisdiction';
import type { Decider } from '../decider';
import { TransitionNotAllowedError, ValidationFailedError } from '../errors';
import type { GeneralHazardPolicy } from '../general-hazard/general-hazard-policy';
import { requireLater } from '../time-checks';
import type {
  InspectionCommand,
  InspectionEvent,
  InspectionKind,
  RecordedInspection,
} from './inspection.events';

type Command = InspectionCommand['data'];

/** Who records which kind: a unit's own inspection may also be entered by its supervisors. */
const RECORDERS: Record<InspectionKind, Role[]> = {
  self: ['unit', 'town', 'department', 'committee', 'hq'],
  supervisory: ['town', 'department'],
  fieldGuidance: ['hq', 'committee'],
};

/** What the inspection's findings count as, and who inspected, by kind and role. */
function origin(
  command: Command,
  role: Role,
  actor: Actor,
): Pick<RecordedInspection, 'source' | 'inspectedBy'> {
  if (command.kind === 'self') return { source: 'selfInspection', inspectedBy: command.unit.name };
  if (command.kind === 'fieldGuidance') return { source: 'spotCheck', inspectedBy: actor.name };
  return role === 'town'
    ? { source: 'town', inspectedBy: command.unit.town }
    : { source: 'department', inspectedBy: command.unit.industryAuthority };
}

/** One inspection, recorded once; its findings become general hazards (hazardsFound). */
export const inspectionDecider: Decider<
  RecordedInspection | null,
  InspectionCommand,
  InspectionEvent,
  GeneralHazardPolicy
> = {
  initialState: () => null,
  evolve: (_state, event) => event.data,
  decide({ type, data }, state, { actor, now, timeZone, policy }) {
    const { unit } = data;
    const role = authorizeCampaign(actor, type, RECORDERS[data.kind], {
      unitId: unit.unitId,
      town: unit.town,
      industryAuthority: unit.industryAuthority,
    });
    if (state) throw new TransitionNotAllowedError(type, 'recorded');
    if (!unit.active) {
      throw new ValidationFailedError([
        { field: 'unitId', message: 'the unit is closed', zh: '该单位已注销' },
      ]);
    }
    if (!isCalendarDate(data.inspectedOn) || data.inspectedOn > localDayOf(now, timeZone)) {
      throw new ValidationFailedError([
        {
          field: 'inspectedOn',
          message: 'must be a calendar date (YYYY-MM-DD), today or earlier',
          zh: '须为今天或之前的日期（YYYY-MM-DD）',
        },
      ]);
    }
    if (data.spotCheckId !== undefined && data.kind !== 'fieldGuidance') {
      throw new ValidationFailedError([
        {
          field: 'spotCheckId',
          message: 'only a field-guidance visit (fieldGuidance) carries out a spot check',
          zh: '只有现场指导可以对应抽查',
        },
      ]);
    }
    const findings = data.findings.map((finding, i) => {
      if (finding.rectificationDeadline === undefined) {
        const days = policy.rectificationDays[finding.grading];
        return { ...finding, rectificationDeadline: toZonedIso(addDays(now, days), timeZone) };
      }
      requireLater(`findings.${i}.rectificationDeadline`, finding.rectificationDeadline, now);
      return { ...finding, rectificationDeadline: finding.rectificationDeadline };
    });
    const { active: _active, ...hazardUnit } = unit;
    const recorded: RecordedInspection = {
      inspectionId: data.inspectionId,
      unit: hazardUnit,
      kind: data.kind,
      ...origin(data, role, actor),
      inspectedOn: data.inspectedOn,
      inspectors: data.inspectors,
      scope: data.scope,
      zeroHazard: findings.length === 0,
      findings,
      ...(data.spotCheckId === undefined ? {} : { spotCheckId: data.spotCheckId }),
    };
    return { role, events: [{ type: 'InspectionRecorded', data: recorded }] };
  },
  startsStream: () => true,
};
