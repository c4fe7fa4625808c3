import { GENERAL_HAZARD_STATES, generalHazardStateOf } from '@hazard/workflows';
import type { GeneralHazardEvent, GeneralHazardState } from '@hazard/workflows';
import {
  escalation,
  foundHazard,
  GENERAL_PATH_TO,
  RECTIFICATION_DEADLINE,
  VERIFICATION_DEADLINE,
} from '@hazard/testing/campaign-fixtures';
import { runGeneralCommand } from '@hazard/testing/general-hazard-specification';
import { ForbiddenError, TransitionNotAllowedError } from '../errors';
import { GENERAL_HAZARD_COMMAND_TYPES } from './general-hazard.commands';
import type { GeneralHazardCommand, GeneralHazardCommandType } from './general-hazard.commands';
import { foldGeneralHazard } from './general-hazard.fold';

/**
 * Which commands each state accepts, written by hand from the workflow (found →
 * rectifying → rectification reported → verified and closed, a rejected fix going back; any
 * open state may be escalated), not read off the machine:
 * - a fix may be reported straight from `found` (立查立改, fixed on the spot);
 * - the rectification deadline runs, and may be extended, until the fix is reported; then
 *   the verification deadline runs, which is the supervisor's own and is never extended.
 */
const RECTIFICATION_WATCH: GeneralHazardCommandType[] = [
  'ExtendDeadline',
  'EscalateToMajor',
  'RecordDeadlineMissed',
  'SendReminder',
];
const ACCEPTS: Record<GeneralHazardState, GeneralHazardCommandType[]> = {
  unfound: ['OpenFinding', 'ReportHazard'],
  found: ['StartRectification', 'ReportRectified', ...RECTIFICATION_WATCH],
  rectifying: ['ReportRectified', ...RECTIFICATION_WATCH],
  rectificationReported: [
    'RejectRectification',
    'VerifyRectification',
    'EscalateToMajor',
    'RecordDeadlineMissed',
    'SendReminder',
  ],
  closed: [],
  escalated: [],
};

const deadlineIn = (state: GeneralHazardState) =>
  state === 'rectificationReported'
    ? { kind: 'verification' as const, deadline: VERIFICATION_DEADLINE }
    : { kind: 'rectification' as const, deadline: RECTIFICATION_DEADLINE };

/** A payload each command would be accepted with, wherever it is accepted at all. */
const COMMANDS: {
  [T in GeneralHazardCommandType]: (
    state: GeneralHazardState,
  ) => Extract<GeneralHazardCommand, { type: T }>;
} = {
  OpenFinding: () => ({ type: 'OpenFinding', data: { hazard: foundHazard } }),
  ReportHazard: () => ({
    type: 'ReportHazard',
    data: { hazard: { ...foundHazard, source: 'publicReport', inspectionId: null } },
  }),
  StartRectification: () => ({
    type: 'StartRectification',
    data: { responsiblePerson: '林志强', measures: '更换配电箱' },
  }),
  ReportRectified: () => ({ type: 'ReportRectified', data: { summary: '已整改' } }),
  RejectRectification: () => ({ type: 'RejectRectification', data: { reason: '接地电阻不合格' } }),
  VerifyRectification: () => ({ type: 'VerifyRectification', data: { note: '合格' } }),
  ExtendDeadline: () => ({
    type: 'ExtendDeadline',
    data: { deadline: '2026-12-31T18:00:00+08:00', reason: '配件到货延迟' },
  }),
  EscalateToMajor: () => ({ type: 'EscalateToMajor', data: escalation }),
  RecordDeadlineMissed: (state) => ({ type: 'RecordDeadlineMissed', data: deadlineIn(state) }),
  SendReminder: (state) => ({
    type: 'SendReminder',
    data: { ...deadlineIn(state), daysBefore: 1 },
  }),
};

const outcome = (state: GeneralHazardState, type: GeneralHazardCommandType): 'accepted' | Error => {
  const history: GeneralHazardEvent[] = GENERAL_PATH_TO[state];
  try {
    runGeneralCommand(history, COMMANDS[type](state));
    return 'accepted';
  } catch (error) {
    return error as Error;
  }
};

describe.each(GENERAL_HAZARD_STATES)('a general hazard in %s', (state) => {
  const outcomes = GENERAL_HAZARD_COMMAND_TYPES.map(
    (type) => [type, outcome(state, type)] as const,
  );

  it('is reached by its canonical path', () => {
    expect(generalHazardStateOf(foldGeneralHazard(GENERAL_PATH_TO[state]))).toBe(state);
  });

  it('accepts exactly the commands of the workflow', () => {
    const accepted = outcomes.filter(([, o]) => o === 'accepted').map(([type]) => type);
    expect(accepted).toEqual(
      GENERAL_HAZARD_COMMAND_TYPES.filter((t) => ACCEPTS[state].includes(t)),
    );
  });

  it('refuses the others as transitions not allowed (409), not as bad input', () => {
    for (const [type, o] of outcomes) {
      if (o === 'accepted') continue;
      // Nobody speaks for a hazard not found yet; the handler answers 404 before that.
      const allowed = state === 'unfound' && o instanceof ForbiddenError;
      if (!allowed)
        expect({ type, error: o }).toEqual({ type, error: expect.any(TransitionNotAllowedError) });
    }
  });
});
