import type { HazardEvent } from '@hazard/workflows';
import {
  actors,
  CASE_ID,
  leader,
  listing,
  otherLeader,
  PATH_TO,
  plan,
  PLAN_DEADLINE,
  step,
} from '@hazard/testing/case-fixtures';
import { given, runCommand } from '@hazard/testing/case-specification';
import type { Actor } from '../actor';
import { ForbiddenError, SeparationOfDutiesError } from '../errors';
import type { CaseCommand } from './commands';
import { foldCase } from './fold';
import { authorize, inJurisdiction } from './policy';

const forbidden = (error: ForbiddenError): void => expect(error.status).toBe(403);
const awaitingPlan = PATH_TO['leaderAssigned.awaitingPlan'];
const listHazard: CaseCommand = { type: 'ListHazard', data: { caseId: CASE_ID, listing } };
const assignLeader: CaseCommand = { type: 'AssignLeader', data: { leader } };
const reassign: CaseCommand = { type: 'ReassignLeader', data: { leader: otherLeader } };
const submitPlan: CaseCommand = { type: 'SubmitPlan', data: { plan } };
const approve: CaseCommand = { type: 'ApprovePlan', data: {} };
const confirmControls: CaseCommand = { type: 'ConfirmControls', data: { note: '已落实' } };
const close: CaseCommand = { type: 'CloseCase', data: { note: '销号' } };
const planDeadline = { kind: 'planSubmission', deadline: PLAN_DEADLINE } as const;
const missedPlan: CaseCommand = { type: 'RecordDeadlineMissed', data: planDeadline };
const urge: CaseCommand = {
  type: 'RaiseEscalation',
  data: { ...planDeadline, level: 'urgingLetter' },
};

describe('who may do what', () => {
  it.each<[string, Actor, HazardEvent[], CaseCommand]>([
    ['a viewer lists a hazard', actors.viewer, [], listHazard],
    ['a town officer assigns a leader', actors.town, PATH_TO.listed, assignLeader],
    ['headquarters approves a plan', actors.hq, PATH_TO['leaderAssigned.planSubmitted'], approve],
    ['a leader approves a plan', actors.leader, PATH_TO['leaderAssigned.planSubmitted'], approve],
    ['the committee submits a plan', actors.committee, awaitingPlan, submitPlan],
    ['the scheduler closes a case', actors.scheduler, PATH_TO.rectified, close],
    ['the committee records a missed deadline', actors.committee, awaitingPlan, missedPlan],
    ['the leader raises an escalation', actors.leader, awaitingPlan, urge],
  ])('refuses with 403 when %s', (_, actor, history, command) => {
    given(history).when(command, { actor }).thenThrows(ForbiddenError, forbidden);
  });

  it.each<[string, Actor, HazardEvent[], CaseCommand]>([
    ['the committee lists a hazard', actors.committee, [], listHazard],
    ['headquarters assigns a leader', actors.hq, PATH_TO.listed, assignLeader],
    ['headquarters reassigns the leader', actors.hq, awaitingPlan, reassign],
    ['the case’s leader submits the plan', actors.leader, awaitingPlan, submitPlan],
    ['the industry authority submits the plan', actors.authority, awaitingPlan, submitPlan],
    [
      'the responsible department confirms controls',
      actors.department,
      PATH_TO.planApproved,
      confirmControls,
    ],
    ['the scheduler records a missed deadline', actors.scheduler, awaitingPlan, missedPlan],
  ])('allows it when %s', (_, actor, history, command) => {
    expect(() => runCommand(history, command, { actor })).not.toThrow();
  });
});

describe('the case’s own leader or department', () => {
  it('refuses a leader who is not this case’s leader', () => {
    given(awaitingPlan)
      .when(submitPlan, { actor: actors.otherLeader })
      .thenThrows(ForbiddenError, (error) => {
        expect(error.message).toBe(
          "SubmitPlan needs the case's assigned leader or responsible department",
        );
      });
  });

  it('follows a reassignment: the new leader may act, the former may not', () => {
    const reassigned: HazardEvent = { type: 'LeaderReassigned', data: { leader: otherLeader } };
    given([...awaitingPlan, reassigned])
      .when(submitPlan, { actor: actors.otherLeader })
      .then([{ type: 'PlanSubmitted', data: { plan } }]);
    given([...awaitingPlan, reassigned])
      .when(submitPlan, { actor: actors.leader })
      .thenThrows(ForbiddenError);
  });

  it('refuses a department that is neither responsible nor the industry authority', () => {
    const stranger = { ...actors.department, departments: ['教育局'] };
    given(PATH_TO.planApproved)
      .when(confirmControls, { actor: stranger })
      .thenThrows(ForbiddenError);
  });

  it('knows the responsible department only once the plan names it', () => {
    given(awaitingPlan).when(submitPlan, { actor: actors.department }).thenThrows(ForbiddenError);
  });

  it('uses the leader role only for the case’s leader', () => {
    const context = foldCase(PATH_TO.planApproved).context;
    const both: Actor = { ...actors.department, roles: ['leader', 'department'] };
    expect(authorize(both, 'ConfirmControls', context)).toBe('department');
    expect(authorize({ ...both, userId: leader.id }, 'ConfirmControls', context)).toBe('leader');
  });
});

describe('jurisdiction', () => {
  const elsewhere: Actor = { ...actors.committee, towns: ['英都镇'] };
  const here: Actor = { ...actors.committee, towns: ['英都镇', listing.town] };

  it('refuses a town-scoped actor outside its towns, whatever the role', () => {
    given(PATH_TO['leaderAssigned.planSubmitted'])
      .when(approve, { actor: elsewhere })
      .thenThrows(ForbiddenError, (error) => {
        expect(error.message).toBe("ApprovePlan: the case's town is outside your jurisdiction");
      });
  });

  it('judges a listing by the town it names, as the command handler does', () => {
    const list: CaseCommand = { type: 'ListHazard', data: { caseId: CASE_ID, listing } };
    given([])
      .when(list, { actor: elsewhere })
      .thenThrows(ForbiddenError, (error) => {
        expect(error.message).toBe("ListHazard: the case's town is outside your jurisdiction");
      });
    given([]).when(list, { actor: here }).then([step.listed]);
  });

  it('lets a town-scoped actor act in its own town', () => {
    given(PATH_TO['leaderAssigned.planSubmitted'])
      .when(approve, { actor: here })
      .then([step.planApproved]);
  });

  it.each<[string, Actor, string | undefined, boolean]>([
    ['a city-wide actor', actors.committee, listing.town, true],
    ['a city-wide actor, no town known', actors.committee, undefined, true],
    ['a scoped actor, own town', here, listing.town, true],
    ['a scoped actor, other town', elsewhere, listing.town, false],
    ['a scoped actor, no town known', here, undefined, false],
  ])('%s', (_, actor, town, expected) => {
    expect(inJurisdiction(actor, town)).toBe(expected);
  });
});

describe('the role an action is recorded under', () => {
  it('is the first role of the rule the actor holds', () => {
    const context = foldCase(PATH_TO.listed).context;
    const both: Actor = { ...actors.hq, roles: ['hq', 'committee'] };
    expect(authorize(both, 'AssignLeader', context)).toBe('committee');
    expect(authorize(actors.hq, 'AssignLeader', context)).toBe('hq');
  });

  it('names the roles needed when refusing', () => {
    const context = foldCase(PATH_TO.listed).context;
    expect(() => authorize(actors.viewer, 'AssignLeader', context)).toThrow(
      'AssignLeader needs role committee or hq',
    );
  });
});

describe('a leader from another town', () => {
  const far: Actor = { ...actors.leader, towns: ['英都镇'] };

  it('may advance the case it leads: leadership itself grants the right', () => {
    given(PATH_TO['leaderAssigned.awaitingPlan'])
      .when({ type: 'SubmitPlan', data: { plan } }, { actor: far })
      .then([step.planSubmitted]);
  });

  it('may not touch a case it does not lead there', () => {
    given(PATH_TO['leaderAssigned.awaitingPlan'])
      .when({ type: 'SubmitPlan', data: { plan } }, { actor: { ...far, userId: otherLeader.id } })
      .thenThrows(ForbiddenError);
  });
});

describe('separation of duties', () => {
  /** A committee member who is also a leader or speaks for the responsible department. */
  const clerk = (userId: string, extra: Partial<Actor> = {}): Actor => ({
    ...actors.committee,
    userId,
    roles: ['committee', 'leader', 'department'],
    departments: [plan.responsibleDepartment],
    ...extra,
  });
  const approve: CaseCommand = { type: 'ApprovePlan', data: {} };
  const close: CaseCommand = { type: 'CloseCase', data: step.caseClosed.data };
  const submittedBy = (actorId: string): HazardEvent[] => [
    ...PATH_TO['leaderAssigned.awaitingPlan'],
    { ...step.planSubmitted, metadata: { actor: { userId: actorId } } },
  ];
  const reportedBy = (actorId: string): HazardEvent[] => [
    ...PATH_TO.controlsInPlace,
    { ...step.rectificationReported, metadata: { actor: { userId: actorId } } },
  ];

  it('refuses the case’s leader approving its plan, naming the rule', () => {
    given(submittedBy(leader.id))
      .when(approve, { actor: clerk(leader.id) })
      .thenThrows(SeparationOfDutiesError, (error) => {
        expect(error.code).toBe('separation-of-duties');
        expect(error.status).toBe(403);
      });
  });

  it('refuses a former leader too', () => {
    const history = [
      ...PATH_TO['leaderAssigned.awaitingPlan'],
      { type: 'LeaderReassigned', data: { leader: otherLeader } } as HazardEvent,
      { ...step.planSubmitted, metadata: { actor: { userId: otherLeader.id } } },
    ];
    given(history)
      .when(approve, { actor: clerk(leader.id) })
      .thenThrows(SeparationOfDutiesError);
  });

  it('refuses whoever submitted the plan approving it', () => {
    given(submittedBy('u-dept-clerk'))
      .when(approve, { actor: clerk('u-dept-clerk') })
      .thenThrows(SeparationOfDutiesError);
  });

  it('refuses whoever reported the fix accepting it (验收销号)', () => {
    given(reportedBy('u-dept-clerk'))
      .when(close, { actor: clerk('u-dept-clerk') })
      .thenThrows(SeparationOfDutiesError, (error) => {
        expect(error.message).toMatch(/reported its fix may not accept it/);
      });
    given(reportedBy(leader.id))
      .when(close, { actor: clerk(leader.id) })
      .thenThrows(SeparationOfDutiesError);
  });

  it('lets an independent committee member approve and close', () => {
    given(submittedBy(leader.id))
      .when(approve, { actor: actors.committee })
      .then([step.planApproved]);
    given(reportedBy(leader.id)).when(close, { actor: actors.committee }).then([step.caseClosed]);
  });
});
