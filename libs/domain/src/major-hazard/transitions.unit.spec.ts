import type { CaseState, DeadlineKind, HazardEvent } from '@hazard/workflows';
import {
  ACCEPTANCE_DEADLINE,
  actors,
  CASE_ID,
  leader,
  listing,
  otherLeader,
  PATH_TO,
  plan,
  PLAN_DEADLINE,
  step,
  TIME_ZONE,
} from '@hazard/testing/case-fixtures';
import { given } from '@hazard/testing/case-specification';
import { addDays, toZonedIso } from '../clock';

const daysAfter = (iso: string, days: number): string =>
  toZonedIso(addDays(new Date(iso), days), TIME_ZONE);

describe('major-hazard case: the main road', () => {
  it('lists a hazard', () => {
    given([])
      .when({ type: 'ListHazard', data: { caseId: CASE_ID, listing } })
      .then([step.listed])
      .andIn('listed');
  });

  it('assigns a leader, which starts the plan submission deadline', () => {
    given(PATH_TO.listed)
      .when({ type: 'AssignLeader', data: { leader } })
      .then([step.leaderAssigned])
      .andIn('leaderAssigned.awaitingPlan');
  });

  it('takes a complete plan from the leader', () => {
    given(PATH_TO['leaderAssigned.awaitingPlan'])
      .when({ type: 'SubmitPlan', data: { plan } }, { actor: actors.leader })
      .then([step.planSubmitted])
      .andIn('leaderAssigned.planSubmitted');
  });

  it('approves the plan, whose deadline becomes the rectification deadline', () => {
    given(PATH_TO['leaderAssigned.planSubmitted'])
      .when({ type: 'ApprovePlan', data: {} })
      .then([step.planApproved])
      .andIn('planApproved');
  });

  it('rejects the plan and waits for another', () => {
    given(PATH_TO['leaderAssigned.planSubmitted'])
      .when({ type: 'RejectPlan', data: { reason: '管控措施不具体' } })
      .then([{ type: 'PlanRejected', data: { reason: '管控措施不具体' } }])
      .andIn('leaderAssigned.awaitingPlan');
  });

  it('confirms the control measures', () => {
    given(PATH_TO.planApproved)
      .when({ type: 'ConfirmControls', data: { note: '警戒区已设置' } })
      .then([step.controlsConfirmed])
      .andIn('controlsInPlace');
  });

  it('takes the report that the hazard is fixed, which starts the acceptance deadline', () => {
    given(PATH_TO.controlsInPlace)
      .when({ type: 'ReportRectified', data: { summary: '已加固承重墙' } })
      .then([step.rectificationReported])
      .andIn('rectified');
  });

  it('rejects the rectification and goes back to controls in place', () => {
    given(PATH_TO.rectified)
      .when({ type: 'RejectRectification', data: { reason: '裂缝仍在扩展' } })
      .then([{ type: 'RectificationRejected', data: { reason: '裂缝仍在扩展' } }])
      .andIn('controlsInPlace');
  });

  it('closes the case once acceptance passes', () => {
    given(PATH_TO.rectified)
      .when({ type: 'CloseCase', data: { note: '验收合格，予以销号' } })
      .then([step.caseClosed])
      .andIn('closed');
  });
});

const LEADER_STATES: CaseState[] = [
  'leaderAssigned.awaitingPlan',
  'leaderAssigned.planSubmitted',
  'planApproved',
  'controlsInPlace',
  'rectified',
];

describe.each(LEADER_STATES)('in %s, without moving', (state) => {
  it('reassigns the leader', () => {
    given(PATH_TO[state])
      .when({ type: 'ReassignLeader', data: { leader: otherLeader, reason: '工作调动' } })
      .then([{ type: 'LeaderReassigned', data: { leader: otherLeader, reason: '工作调动' } }])
      .andIn(state);
  });

  it('records progress', () => {
    given(PATH_TO[state])
      .when({ type: 'RecordProgress', data: { note: '已完成50%' } })
      .then([{ type: 'ProgressRecorded', data: { note: '已完成50%' } }])
      .andIn(state);
  });
});

/** Each state in which a deadline runs, with the deadline the canonical path sets. */
const RUNNING: Array<[CaseState, DeadlineKind, string]> = [
  ['leaderAssigned.awaitingPlan', 'planSubmission', PLAN_DEADLINE],
  ['planApproved', 'rectification', plan.deadline],
  ['controlsInPlace', 'rectification', plan.deadline],
  ['rectified', 'acceptance', ACCEPTANCE_DEADLINE],
];

describe.each(RUNNING)('in %s, with the %s deadline %s running', (state, kind, deadline) => {
  it('sends a reminder before the deadline', () => {
    given(PATH_TO[state])
      .when({ type: 'SendReminder', data: { kind, deadline, daysBefore: 1 } })
      .then([{ type: 'ReminderSent', data: { kind, deadline, daysBefore: 1 } }])
      .andIn(state);
  });

  it('records the deadline as missed', () => {
    given(PATH_TO[state])
      .when({ type: 'RecordDeadlineMissed', data: { kind, deadline } })
      .then([{ type: 'DeadlineMissed', data: { kind, deadline } }])
      .andIn(state);
  });
});

/** The acceptance deadline is the committee's own: no escalation and no extension for it. */
const ESCALATING = RUNNING.filter(([, kind]) => kind !== 'acceptance');

describe.each(ESCALATING)('in %s, when the %s deadline %s is missed', (state, kind, deadline) => {
  const missed: HazardEvent = { type: 'DeadlineMissed', data: { kind, deadline } };
  const raised = (level: 'urgingLetter' | 'publicNotice' | 'summons'): HazardEvent => ({
    type: 'EscalationRaised',
    data: { kind, deadline, level },
  });

  it('raises an urging letter first', () => {
    given([...PATH_TO[state], missed])
      .when({ type: 'RaiseEscalation', data: { kind, deadline, level: 'urgingLetter' } })
      .then([raised('urgingLetter')])
      .andIn(state);
  });

  it('then a public notice', () => {
    given([...PATH_TO[state], missed, raised('urgingLetter')])
      .when({ type: 'RaiseEscalation', data: { kind, deadline, level: 'publicNotice' } })
      .then([raised('publicNotice')])
      .andIn(state);
  });

  it('then a summons', () => {
    given([...PATH_TO[state], missed, raised('urgingLetter'), raised('publicNotice')])
      .when({ type: 'RaiseEscalation', data: { kind, deadline, level: 'summons' } })
      .then([raised('summons')])
      .andIn(state);
  });
});

describe.each(ESCALATING)('in %s, extending the %s deadline %s', (state, kind, deadline) => {
  const wanted = daysAfter(deadline, 7);
  const requested: HazardEvent = {
    type: 'ExtensionRequested',
    data: { kind, deadline: wanted, reason: '设备到货延迟' },
  };

  it('takes a request from the leader', () => {
    given(PATH_TO[state])
      .when(
        { type: 'RequestExtension', data: { deadline: wanted, reason: '设备到货延迟' } },
        { actor: actors.leader },
      )
      .then([requested])
      .andIn(state);
  });

  it('approves the requested deadline', () => {
    given([...PATH_TO[state], requested])
      .when({ type: 'ApproveExtension', data: { reason: '理由充分' } })
      .then([{ type: 'ExtensionApproved', data: { kind, deadline: wanted, reason: '理由充分' } }])
      .andIn(state);
  });

  it('approves a deadline of the committee’s own choosing', () => {
    const granted = daysAfter(deadline, 3);
    given([...PATH_TO[state], requested])
      .when({ type: 'ApproveExtension', data: { deadline: granted } })
      .then([{ type: 'ExtensionApproved', data: { kind, deadline: granted } }])
      .andIn(state);
  });

  it('refuses the request', () => {
    given([...PATH_TO[state], requested])
      .when({ type: 'RefuseExtension', data: { reason: '不符合延期条件' } })
      .then([{ type: 'ExtensionRefused', data: { kind, reason: '不符合延期条件' } }])
      .andIn(state);
  });

  it('after approval, the new deadline is the one that can be missed', () => {
    const approved: HazardEvent = { type: 'ExtensionApproved', data: { kind, deadline: wanted } };
    given([...PATH_TO[state], requested, approved])
      .when({ type: 'RecordDeadlineMissed', data: { kind, deadline: wanted } })
      .then([{ type: 'DeadlineMissed', data: { kind, deadline: wanted } }]);
  });
});
