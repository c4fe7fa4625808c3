import { CASE_STATES, caseStateOf } from '@hazard/workflows';
import type { CaseState, HazardEvent } from '@hazard/workflows';
import {
  CASE_ID,
  leader,
  listing,
  otherLeader,
  PATH_TO,
  plan,
  TIME_ZONE,
} from '@hazard/testing/case-fixtures';
import { runCommand } from '@hazard/testing/case-specification';
import { addDays, toZonedIso } from '../clock';
import { ForbiddenError, TransitionNotAllowedError } from '../errors';
import { CASE_COMMAND_TYPES } from './commands';
import type { CaseCommand, CaseCommandType } from './commands';
import { deadlineInForceOf } from './case-facts';
import { foldCase } from './fold';

/**
 * Which commands each state accepts, written by hand from docs/architecture.md §4, not read off the
 * machine: a machine change that accepts or refuses something new must change this table.
 *
 * §4's "any open state" list is read with the workflow's own sense:
 * - `listed` has no leader yet, so nothing to reassign or report, and no deadline running
 *   (the plan deadline starts with the leader's assignment);
 * - `planSubmitted` stops the plan deadline: the plan is in, the committee's review is due;
 * - `rectified` runs the acceptance deadline, which is the committee's own: it is reminded
 *   and marked overdue, but is neither extended nor escalated.
 */
const LEADER: CaseCommandType[] = ['ReassignLeader', 'RecordProgress'];
const DEADLINE_WATCH: CaseCommandType[] = ['RecordDeadlineMissed', 'SendReminder'];
const EXTENSION: CaseCommandType[] = ['RequestExtension', 'ApproveExtension', 'RefuseExtension'];
const ESCALATION: CaseCommandType[] = ['RaiseEscalation'];

const ACCEPTS: Record<CaseState, CaseCommandType[]> = {
  unlisted: ['ListHazard'],
  listed: ['AssignLeader'],
  'leaderAssigned.awaitingPlan': [
    'SubmitPlan',
    ...LEADER,
    ...DEADLINE_WATCH,
    ...EXTENSION,
    ...ESCALATION,
  ],
  'leaderAssigned.planSubmitted': ['ApprovePlan', 'RejectPlan', ...LEADER],
  planApproved: ['ConfirmControls', ...LEADER, ...DEADLINE_WATCH, ...EXTENSION, ...ESCALATION],
  controlsInPlace: ['ReportRectified', ...LEADER, ...DEADLINE_WATCH, ...EXTENSION, ...ESCALATION],
  rectified: ['RejectRectification', 'CloseCase', ...LEADER, ...DEADLINE_WATCH],
  closed: [],
};

/** The deadline a command refers to in a state: the one running there, if any. */
interface Running {
  kind: 'planSubmission' | 'rectification' | 'acceptance';
  deadline: string;
  later: string;
}

const runningIn = (state: CaseState): Running => {
  const snapshot = foldCase(PATH_TO[state]);
  const kind = deadlineInForceOf(snapshot)?.kind ?? 'planSubmission';
  const deadline = snapshot.context.deadlines[kind] ?? plan.deadline;
  return { kind, deadline, later: toZonedIso(addDays(new Date(deadline), 7), TIME_ZONE) };
};

/** A payload each command would be accepted with, wherever it is accepted at all. */
const COMMANDS: { [T in CaseCommandType]: (r: Running) => Extract<CaseCommand, { type: T }> } = {
  ListHazard: () => ({ type: 'ListHazard', data: { caseId: CASE_ID, listing } }),
  AssignLeader: () => ({ type: 'AssignLeader', data: { leader } }),
  ReassignLeader: () => ({ type: 'ReassignLeader', data: { leader: otherLeader } }),
  SubmitPlan: () => ({ type: 'SubmitPlan', data: { plan } }),
  ApprovePlan: () => ({ type: 'ApprovePlan', data: {} }),
  RejectPlan: () => ({ type: 'RejectPlan', data: { reason: '措施不具体' } }),
  ConfirmControls: () => ({ type: 'ConfirmControls', data: { note: '已落实' } }),
  RecordProgress: () => ({ type: 'RecordProgress', data: { note: '进展顺利' } }),
  ReportRectified: () => ({ type: 'ReportRectified', data: { summary: '已整改' } }),
  RejectRectification: () => ({ type: 'RejectRectification', data: { reason: '不合格' } }),
  CloseCase: () => ({ type: 'CloseCase', data: { note: '销号' } }),
  RequestExtension: ({ later }) => ({
    type: 'RequestExtension',
    data: { deadline: later, reason: '设备到货延迟' },
  }),
  ApproveExtension: () => ({ type: 'ApproveExtension', data: {} }),
  RefuseExtension: () => ({ type: 'RefuseExtension', data: { reason: '理由不足' } }),
  RecordDeadlineMissed: ({ kind, deadline }) => ({
    type: 'RecordDeadlineMissed',
    data: { kind, deadline },
  }),
  RaiseEscalation: ({ kind, deadline }) => ({
    type: 'RaiseEscalation',
    data: { kind, deadline, level: 'urgingLetter' },
  }),
  SendReminder: ({ kind, deadline }) => ({
    type: 'SendReminder',
    data: { kind, deadline, daysBefore: 1 },
  }),
};

/**
 * What must already have happened for the command to make sense: a pending request to
 * decide on, a missed deadline to escalate. Where the state refuses these, folding them
 * changes nothing.
 */
const PREREQUISITES: Partial<Record<CaseCommandType, (r: Running) => HazardEvent[]>> = {
  ApproveExtension: ({ kind, later }) => [
    { type: 'ExtensionRequested', data: { kind, deadline: later, reason: '设备到货延迟' } },
  ],
  RefuseExtension: ({ kind, later }) => [
    { type: 'ExtensionRequested', data: { kind, deadline: later, reason: '设备到货延迟' } },
  ],
  RaiseEscalation: ({ kind, deadline }) => [{ type: 'DeadlineMissed', data: { kind, deadline } }],
};

const outcome = (state: CaseState, type: CaseCommandType): 'accepted' | Error => {
  const running = runningIn(state);
  const history = [...PATH_TO[state], ...(PREREQUISITES[type]?.(running) ?? [])];
  try {
    runCommand(history, COMMANDS[type](running));
    return 'accepted';
  } catch (error) {
    return error as Error;
  }
};

describe.each(CASE_STATES)('in %s', (state) => {
  const outcomes = CASE_COMMAND_TYPES.map((type) => [type, outcome(state, type)] as const);

  it('is reached by its canonical path', () => {
    expect(caseStateOf(foldCase(PATH_TO[state]))).toBe(state);
  });

  it('accepts exactly the commands docs/architecture.md §4 gives it', () => {
    const accepted = outcomes.filter(([, o]) => o === 'accepted').map(([type]) => type);
    const expected = CASE_COMMAND_TYPES.filter((type) => ACCEPTS[state].includes(type));
    expect(accepted).toEqual(expected);
  });

  it('refuses the others as transitions not allowed (409), not as bad input', () => {
    for (const [type, o] of outcomes) {
      if (o === 'accepted') continue;
      // Nobody speaks for a case not listed yet; the handler answers 404 before that.
      const allowed = state === 'unlisted' && o instanceof ForbiddenError;
      if (!allowed)
        expect({ type, error: o }).toEqual({ type, error: expect.any(TransitionNotAllowedError) });
    }
  });
});
