import type { CaseState, HazardEvent, Plan } from '@hazard/workflows';
import {
  ACCEPTANCE_DEADLINE,
  leader,
  PATH_TO,
  plan,
  PLAN_DEADLINE,
} from '@hazard/testing/case-fixtures';
import { given } from '@hazard/testing/case-specification';
import { TransitionNotAllowedError, ValidationFailedError } from '../errors';
import type { CaseCommand } from './commands';

const awaitingPlan = PATH_TO['leaderAssigned.awaitingPlan'];
const kind = 'planSubmission';
const deadline = PLAN_DEADLINE;
const missed: HazardEvent = { type: 'DeadlineMissed', data: { kind, deadline } };
const raised = (level: 'urgingLetter' | 'publicNotice' | 'summons'): HazardEvent => ({
  type: 'EscalationRaised',
  data: { kind, deadline, level },
});
const later = '2026-12-10T18:00:00+08:00';
const requested: HazardEvent = {
  type: 'ExtensionRequested',
  data: { kind, deadline: later, reason: '设备到货延迟' },
};
const approved: HazardEvent = { type: 'ExtensionApproved', data: { kind, deadline: later } };

const refusedBecause =
  (reason: string) =>
  (error: TransitionNotAllowedError): void => {
    expect(error.status).toBe(409);
    expect(error.message).toContain(reason);
  };

describe('an incomplete plan is refused with 422 and the fields it lacks', () => {
  it.each<[string, Partial<Plan>, string]>([
    ['no responsible department', { responsibleDepartment: ' ' }, 'plan.responsibleDepartment'],
    ['no responsible person', { responsiblePerson: '' }, 'plan.responsiblePerson'],
    ['no valid deadline', { deadline: 'next month' }, 'plan.deadline'],
    ['no control measure', { controlMeasures: [] }, 'plan.controlMeasures'],
    ['only blank control measures', { controlMeasures: ['  '] }, 'plan.controlMeasures'],
    ['a deadline already past', { deadline: '2026-11-30T07:59:59+08:00' }, 'plan.deadline'],
  ])('%s', (_, change, field) => {
    given(awaitingPlan)
      .when({ type: 'SubmitPlan', data: { plan: { ...plan, ...change } } })
      .thenThrows(ValidationFailedError, (error) => {
        expect(error.status).toBe(422);
        expect(error.errors.map((e) => e.field)).toEqual([field]);
      });
  });

  it('names every missing field at once', () => {
    const empty: Plan = { ...plan, responsibleDepartment: '', responsiblePerson: '' };
    given(awaitingPlan)
      .when({ type: 'SubmitPlan', data: { plan: { ...empty, controlMeasures: [] } } })
      .thenThrows(ValidationFailedError, (error) => {
        expect(error.errors.map((e) => e.field)).toEqual([
          'plan.responsibleDepartment',
          'plan.responsiblePerson',
          'plan.controlMeasures',
        ]);
      });
  });
});

describe('guarded transitions', () => {
  it('does not reassign the leader already assigned', () => {
    given(awaitingPlan)
      .when({ type: 'ReassignLeader', data: { leader } })
      .thenThrows(TransitionNotAllowedError, refusedBecause('already the assigned leader'));
  });

  it.each([
    ['the same as', deadline],
    ['earlier than', '2026-12-02T08:00:00+08:00'],
  ])('refuses an extension request %s the current deadline with 422', (_, wanted) => {
    given(awaitingPlan)
      .when({ type: 'RequestExtension', data: { deadline: wanted, reason: '人手不足' } })
      .thenThrows(ValidationFailedError, (error) => {
        expect(error.errors).toEqual([
          { field: 'deadline', message: `must be later than the current deadline (${deadline})` },
        ]);
      });
  });

  it('refuses an approval that does not extend the current deadline', () => {
    given([...awaitingPlan, requested])
      .when({ type: 'ApproveExtension', data: { deadline } })
      .thenThrows(ValidationFailedError);
  });

  it('refuses a second extension request while one is pending', () => {
    given([...awaitingPlan, requested])
      .when({ type: 'RequestExtension', data: { deadline: later, reason: '再次申请' } })
      .thenThrows(
        TransitionNotAllowedError,
        refusedBecause('an extension request is already pending'),
      );
  });

  it.each([
    ['approving', { type: 'ApproveExtension', data: { deadline: later } }],
    ['refusing', { type: 'RefuseExtension', data: { reason: '无' } }],
  ] as const)('refuses %s an extension when none is pending', (_, command) => {
    given(awaitingPlan)
      .when(command)
      .thenThrows(TransitionNotAllowedError, refusedBecause('no extension request is pending'));
  });

  it('refuses approving an extension already refused', () => {
    const refused: HazardEvent = { type: 'ExtensionRefused', data: { kind, reason: '无' } };
    given([...awaitingPlan, requested, refused])
      .when({ type: 'ApproveExtension', data: {} })
      .thenThrows(TransitionNotAllowedError);
  });

  it('does not extend the acceptance deadline, the committee’s own duty', () => {
    given(PATH_TO.rectified)
      .when({ type: 'RequestExtension', data: { deadline: later, reason: '验收专家未到位' } })
      .thenThrows(TransitionNotAllowedError);
  });

  it('ignores a missed deadline that an extension has replaced', () => {
    given([...awaitingPlan, requested, approved])
      .when({ type: 'RecordDeadlineMissed', data: { kind, deadline } })
      .thenThrows(TransitionNotAllowedError);
  });

  it('records a deadline as missed only once', () => {
    given([...awaitingPlan, missed])
      .when({ type: 'RecordDeadlineMissed', data: { kind, deadline } })
      .thenThrows(TransitionNotAllowedError);
  });

  it('does not record a deadline as missed before it has passed', () => {
    given(awaitingPlan)
      .when(
        { type: 'RecordDeadlineMissed', data: { kind, deadline } },
        { now: new Date(Date.parse(deadline) - 1000) },
      )
      .thenThrows(TransitionNotAllowedError, (e) => e.message.includes('not yet due'));
  });

  it('records only the deadline of the kind running in the state', () => {
    given(PATH_TO.planApproved)
      .when({ type: 'RecordDeadlineMissed', data: { kind, deadline } })
      .thenThrows(TransitionNotAllowedError);
  });
});

describe('the escalation ladder', () => {
  const escalate = (level: 'urgingLetter' | 'publicNotice' | 'summons') =>
    ({ type: 'RaiseEscalation', data: { kind, deadline, level } }) as const;

  it('raises a public notice only 7 days after the missed deadline', () => {
    const sixDaysLate = new Date(Date.parse(deadline) + 6 * 24 * 3600 * 1000);
    given([...awaitingPlan, missed, raised('urgingLetter')])
      .when(escalate('publicNotice'), { now: sixDaysLate })
      .thenThrows(TransitionNotAllowedError, (e) => e.message.includes('not yet due'));
  });

  it('does not escalate a deadline that was not missed', () => {
    given(awaitingPlan).when(escalate('urgingLetter')).thenThrows(TransitionNotAllowedError);
  });

  it.each([
    ['skip the urging letter', [missed], 'publicNotice'],
    ['skip the public notice', [missed, raised('urgingLetter')], 'summons'],
    ['repeat a level', [missed, raised('urgingLetter')], 'urgingLetter'],
  ] as const)('does not %s', (_, history, level) => {
    given([...awaitingPlan, ...history])
      .when(escalate(level))
      .thenThrows(TransitionNotAllowedError);
  });

  it('has nothing beyond a summons', () => {
    given([...awaitingPlan, missed, raised('urgingLetter'), raised('publicNotice')])
      .when(escalate('summons'))
      .then([raised('summons')]);
    given([
      ...awaitingPlan,
      missed,
      raised('urgingLetter'),
      raised('publicNotice'),
      raised('summons'),
    ])
      .when(escalate('summons'))
      .thenThrows(TransitionNotAllowedError);
  });

  it('stops escalating a deadline an extension has replaced', () => {
    given([...awaitingPlan, missed, requested, approved])
      .when(escalate('urgingLetter'))
      .thenThrows(TransitionNotAllowedError);
  });

  it('does not escalate the acceptance deadline, the committee’s own duty', () => {
    const acceptance = { kind: 'acceptance', deadline: ACCEPTANCE_DEADLINE } as const;
    given([...PATH_TO.rectified, { type: 'DeadlineMissed', data: acceptance }])
      .when({ type: 'RaiseEscalation', data: { ...acceptance, level: 'urgingLetter' } })
      .thenThrows(TransitionNotAllowedError);
  });
});

describe('reminders', () => {
  const remind = (daysBefore: number) =>
    ({ type: 'SendReminder', data: { kind, deadline, daysBefore } }) as const;
  const reminded: HazardEvent = { type: 'ReminderSent', data: { kind, deadline, daysBefore: 1 } };

  it('does not send a reminder before its day', () => {
    const twoDaysBefore = new Date(Date.parse(deadline) - 2 * 24 * 3600 * 1000);
    given(awaitingPlan)
      .when(remind(1), { now: twoDaysBefore })
      .thenThrows(TransitionNotAllowedError, (e) => e.message.includes('not yet due'));
  });

  it('sends each reminder once', () => {
    given([...awaitingPlan, reminded])
      .when(remind(1))
      .thenThrows(TransitionNotAllowedError);
  });

  it('sends another reminder for another day before', () => {
    given([...awaitingPlan, reminded])
      .when(remind(2))
      .then([{ type: 'ReminderSent', data: { kind, deadline, daysBefore: 2 } }]);
  });

  it('reminds again of an extended deadline', () => {
    given([...awaitingPlan, reminded, requested, approved])
      .when({ type: 'SendReminder', data: { kind, deadline: later, daysBefore: 1 } })
      .then([{ type: 'ReminderSent', data: { kind, deadline: later, daysBefore: 1 } }]);
  });

  it('does not remind of a deadline already missed', () => {
    given([...awaitingPlan, missed])
      .when(remind(1))
      .thenThrows(TransitionNotAllowedError);
  });

  it('does not remind on or after the day itself', () => {
    given(awaitingPlan).when(remind(0)).thenThrows(TransitionNotAllowedError);
  });
});

describe('a refused transition names the state and the command', () => {
  it.each<[CaseCommand, CaseState]>([
    [{ type: 'ApprovePlan', data: {} }, 'leaderAssigned.awaitingPlan'],
    [{ type: 'RejectRectification', data: { reason: '复查不合格' } }, 'closed'],
  ])('%o in %s', (command, state) => {
    given(PATH_TO[state])
      .when(command)
      .thenThrows(TransitionNotAllowedError, (error) => {
        expect(error).toMatchObject({ status: 409, command: command.type, state });
        expect(error.message).toBe(`${command.type} is not allowed in state ${state}`);
      });
  });

  it('adds the reason when there is one', () => {
    given(awaitingPlan)
      .when({ type: 'ApproveExtension', data: {} })
      .thenThrows(TransitionNotAllowedError, (error) => {
        expect(error.message).toBe(
          'ApproveExtension is not allowed in state leaderAssigned.awaitingPlan: no extension request is pending',
        );
      });
  });
});
