import {
  AFTER_EVERY_DEADLINE,
  campaignActors as actors,
  escalation,
  foundHazard,
  GENERAL_PATH_TO,
  GENERAL_POLICY,
  generalStep,
  NOW,
  RECTIFICATION_DEADLINE,
  VERIFICATION_DEADLINE,
} from '@hazard/testing/campaign-fixtures';
import { foldHazard, givenHazard } from '@hazard/testing/general-hazard-specification';
import { isOverdue } from '../major-hazard/case-facts';
import { ForbiddenError, TransitionNotAllowedError, ValidationFailedError } from '../errors';
import { generalHazardFacts } from './general-hazard.facts';

const { found, started, reported } = generalStep;

describe('a general hazard, given / when / then', () => {
  it('is opened from an inspection by the system, as the finding says', () => {
    givenHazard([])
      .when({ type: 'OpenFinding', data: { hazard: foundHazard } }, { actor: actors.scheduler })
      .then([found])
      .andIn('found');
  });

  it('is recorded from a public report by its town, whose deadline must lie ahead', () => {
    const hazard = { ...foundHazard, source: 'publicReport' as const, inspectionId: null };
    givenHazard([])
      .when({ type: 'ReportHazard', data: { hazard } })
      .then([{ type: 'GeneralHazardFound', data: hazard }]);
    givenHazard([])
      .when(
        {
          type: 'ReportHazard',
          data: { hazard: { ...hazard, rectificationDeadline: '2026-11-29T00:00:00+08:00' } },
        },
        { actor: actors.town },
      )
      .thenThrows(ValidationFailedError, (e) => {
        expect(e.errors).toEqual([
          { field: 'rectificationDeadline', message: 'must be later than now' },
        ]);
      });
  });

  it('lets the unit start and report its own fix; the verification deadline then runs', () => {
    givenHazard([found])
      .when({ type: 'StartRectification', data: started.data }, { actor: actors.unit })
      .then([started])
      .andIn('rectifying');
    givenHazard([found, started])
      .when(
        { type: 'ReportRectified', data: { summary: '已完成接地并检测合格' } },
        { actor: actors.unit },
      )
      .then([reported])
      .andIn('rectificationReported');
  });

  it('takes a fix reported on the spot (立查立改) straight from found', () => {
    givenHazard([found])
      .when(
        { type: 'ReportRectified', data: { summary: '已完成接地并检测合格' } },
        { actor: actors.unit },
      )
      .then([reported])
      .andIn('rectificationReported');
  });

  it('never lets the unit verify, reject or extend its own hazard', () => {
    for (const command of [
      { type: 'VerifyRectification' as const, data: { note: '自行销号' } },
      { type: 'RejectRectification' as const, data: { reason: '—' } },
    ]) {
      givenHazard([found, started, reported])
        .when(command, { actor: actors.unit })
        .thenThrows(ForbiddenError, (e) => expect(e.message).toMatch(/needs role/));
    }
    givenHazard([found])
      .when(
        { type: 'ExtendDeadline', data: { deadline: '2026-12-31T18:00:00+08:00', reason: '—' } },
        { actor: actors.unit },
      )
      .thenThrows(ForbiddenError);
  });

  it('lets the town and the industry department verify (销号), and nobody outside them', () => {
    const verify = {
      type: 'VerifyRectification' as const,
      data: { note: '现场复核合格，予以销号' },
    };
    givenHazard([found, started, reported])
      .when(verify, { actor: actors.town })
      .then([generalStep.verified])
      .andIn('closed');
    givenHazard([found, started, reported])
      .when(verify, { actor: actors.department })
      .then([generalStep.verified]);
    for (const outsider of [
      actors.otherTown,
      actors.otherDepartment,
      actors.otherUnit,
      actors.viewer,
    ]) {
      givenHazard([found, started, reported])
        .when(verify, { actor: outsider })
        .thenThrows(ForbiddenError);
    }
  });

  it('sends a rejected fix back to rectifying, where the rectification deadline runs again', () => {
    givenHazard([found, started, reported])
      .when({ type: 'RejectRectification', data: { reason: '接地电阻不合格' } })
      .then([{ type: 'GeneralRectificationRejected', data: { reason: '接地电阻不合格' } }])
      .andIn('rectifying');
    const snapshot = foldHazard([
      found,
      started,
      reported,
      { type: 'GeneralRectificationRejected', data: { reason: '接地电阻不合格' } },
    ]);
    const facts = generalHazardFacts(snapshot, { asOf: NOW, policy: GENERAL_POLICY });
    expect(facts).toMatchObject({
      deadlineInForce: { kind: 'rectification', deadline: RECTIFICATION_DEADLINE },
      report: null,
      rejections: 1,
    });
  });

  it('extends the rectification deadline only to a later one', () => {
    givenHazard([found])
      .when({
        type: 'ExtendDeadline',
        data: { deadline: '2026-12-31T18:00:00+08:00', reason: '配件到货延迟' },
      })
      .then([
        {
          type: 'GeneralDeadlineExtended',
          data: { deadline: '2026-12-31T18:00:00+08:00', reason: '配件到货延迟' },
        },
      ]);
    givenHazard([found])
      .when({
        type: 'ExtendDeadline',
        data: { deadline: '2026-12-05T18:00:00+08:00', reason: '—' },
      })
      .thenThrows(ValidationFailedError, (e) =>
        expect(e.message).toMatch(/later than the current deadline/),
      );
  });

  it('records a miss only once it is due, and only for the deadline in force', () => {
    const miss = {
      type: 'RecordDeadlineMissed' as const,
      data: { kind: 'rectification' as const, deadline: RECTIFICATION_DEADLINE },
    };
    givenHazard([found])
      .when(miss, { now: NOW })
      .thenThrows(TransitionNotAllowedError, (e) => expect(e.message).toMatch(/not yet due/));
    givenHazard([found])
      .when(miss)
      .then([{ type: 'GeneralDeadlineMissed', data: miss.data }]);
    givenHazard([found, { type: 'GeneralDeadlineMissed', data: miss.data }])
      .when(miss)
      .thenThrows(TransitionNotAllowedError);
    givenHazard([found, started, reported]).when(miss).thenThrows(TransitionNotAllowedError);
    givenHazard([found, started, reported])
      .when({
        type: 'RecordDeadlineMissed',
        data: { kind: 'verification', deadline: VERIFICATION_DEADLINE },
      })
      .then([
        {
          type: 'GeneralDeadlineMissed',
          data: { kind: 'verification', deadline: VERIFICATION_DEADLINE },
        },
      ]);
  });

  it('closes as escalated when the committee judges it a major hazard', () => {
    givenHazard([found, started])
      .when({ type: 'EscalateToMajor', data: escalation })
      .then([{ type: 'GeneralHazardEscalated', data: escalation }])
      .andIn('escalated');
    givenHazard([found])
      .when({ type: 'EscalateToMajor', data: escalation }, { actor: actors.town })
      .thenThrows(ForbiddenError);
  });
});

describe('the facts of a general hazard', () => {
  it('is overdue once the deadline in force has passed, recorded or not', () => {
    const snapshot = foldHazard([found]);
    const before = generalHazardFacts(snapshot, { asOf: NOW, policy: GENERAL_POLICY })!;
    const after = generalHazardFacts(snapshot, {
      asOf: AFTER_EVERY_DEADLINE,
      policy: GENERAL_POLICY,
    })!;
    expect(isOverdue(before.overdue)).toBe(false);
    expect(after.overdue).toEqual({ recorded: false, pastDue: true });
    expect(before.remindersDue.map((r) => r.daysBefore)).toEqual([3, 1]);
    const missed = foldHazard([
      found,
      {
        type: 'GeneralDeadlineMissed',
        data: { kind: 'rectification', deadline: RECTIFICATION_DEADLINE },
      },
    ]);
    expect(
      generalHazardFacts(missed, { asOf: NOW, policy: GENERAL_POLICY })!.overdue.recorded,
    ).toBe(true);
  });

  it('is open until closed or escalated, and names the outcome', () => {
    const facts = (state: keyof typeof GENERAL_PATH_TO) =>
      generalHazardFacts(foldHazard(GENERAL_PATH_TO[state]), {
        asOf: NOW,
        policy: GENERAL_POLICY,
      })!;
    expect(facts('rectifying')).toMatchObject({ open: true, verified: false, escalation: null });
    expect(facts('closed')).toMatchObject({ open: false, verified: true, deadlineInForce: null });
    expect(facts('escalated')).toMatchObject({ open: false, verified: false, escalation });
    expect(generalHazardFacts(foldHazard([]), { asOf: NOW, policy: GENERAL_POLICY })).toBeNull();
  });
});
