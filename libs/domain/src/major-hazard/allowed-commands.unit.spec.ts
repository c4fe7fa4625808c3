import { CASE_STATES } from '@hazard/workflows';
import type { CaseState } from '@hazard/workflows';
import { actors, NOW, PATH_TO, TIME_ZONE } from '@hazard/testing/case-fixtures';
import { allowedCaseCommands } from './allowed-commands';
import { DEFAULT_DEADLINE_POLICY } from './deadline-policy';
import { foldCase } from './fold';
import type { Actor } from '../actor';

const allowed = (state: CaseState, actor: Actor) =>
  allowedCaseCommands(foldCase(PATH_TO[state]), {
    actor,
    now: NOW,
    timeZone: TIME_ZONE,
    policy: DEFAULT_DEADLINE_POLICY,
  });

/** Written by hand from docs/architecture.md §4 and the authorization rules, not read off the code. */
const EXPECTED: Partial<Record<CaseState, Partial<Record<keyof typeof actors, string[]>>>> = {
  listed: { committee: ['AssignLeader'], hq: ['AssignLeader'], leader: [], viewer: [] },
  'leaderAssigned.awaitingPlan': {
    committee: ['ReassignLeader'],
    hq: ['ReassignLeader'],
    leader: ['SubmitPlan', 'RecordProgress', 'RequestExtension'],
    otherLeader: [],
    authority: ['SubmitPlan', 'RecordProgress', 'RequestExtension'],
    town: [],
    viewer: [],
  },
  'leaderAssigned.planSubmitted': {
    committee: ['ReassignLeader', 'ApprovePlan', 'RejectPlan'],
    leader: ['RecordProgress'],
    department: ['RecordProgress'],
  },
  planApproved: {
    committee: ['ReassignLeader'],
    leader: ['ConfirmControls', 'RecordProgress', 'RequestExtension'],
  },
  controlsInPlace: { leader: ['RecordProgress', 'ReportRectified', 'RequestExtension'] },
  rectified: {
    committee: ['ReassignLeader', 'RejectRectification', 'CloseCase'],
    leader: ['RecordProgress'],
    scheduler: [],
  },
  closed: { committee: [], leader: [], hq: [] },
};

describe('allowedCaseCommands', () => {
  for (const [state, byActor] of Object.entries(EXPECTED)) {
    for (const [name, commands] of Object.entries(byActor ?? {})) {
      it(`in ${state}, ${name} may send ${commands.join(', ') || 'nothing'}`, () => {
        const actor = actors[name as keyof typeof actors];
        expect([...allowed(state as CaseState, actor)].sort()).toEqual([...commands].sort());
      });
    }
  }

  it('never offers listing or the scheduler’s own commands', () => {
    for (const state of CASE_STATES) {
      for (const actor of Object.values(actors)) {
        const offered: string[] = allowed(state, actor);
        for (const own of ['ListHazard', 'RecordDeadlineMissed', 'RaiseEscalation', 'SendReminder'])
          expect(offered).not.toContain(own);
      }
    }
  });

  it('offers deciding on an extension only while one is pending', () => {
    const requested = foldCase([
      ...PATH_TO['leaderAssigned.awaitingPlan'],
      {
        type: 'ExtensionRequested',
        data: {
          kind: 'planSubmission',
          deadline: '2027-01-31T18:00:00+08:00',
          reason: '设备到货延迟',
        },
      },
    ]);
    const context = { now: NOW, timeZone: TIME_ZONE, policy: DEFAULT_DEADLINE_POLICY };
    expect(allowedCaseCommands(requested, { ...context, actor: actors.committee })).toEqual([
      'ReassignLeader',
      'ApproveExtension',
      'RefuseExtension',
    ]);
    expect(allowedCaseCommands(requested, { ...context, actor: actors.leader })).not.toContain(
      'RequestExtension',
    );
  });
});
