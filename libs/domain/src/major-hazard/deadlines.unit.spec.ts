import type { Priority } from '@hazard/workflows';
import { CASE_ID, leader, listing, PATH_TO, plan } from '@hazard/testing/case-fixtures';
import { given } from '@hazard/testing/case-specification';

describe('deadlines computed by decide', () => {
  it.each<[Priority, string]>([
    ['urgent', '2026-12-03T08:00:00+08:00'],
    ['serious', '2026-12-07T08:00:00+08:00'],
    ['minor', '2026-12-15T08:00:00+08:00'],
    ['deferrable', '2026-12-30T08:00:00+08:00'],
  ])('priority %s gives the leader until %s to submit a plan', (priority, planDeadline) => {
    given([{ type: 'HazardListed', data: { caseId: CASE_ID, listing: { ...listing, priority } } }])
      .when({ type: 'AssignLeader', data: { leader } })
      .then([{ type: 'LeaderAssigned', data: { leader, planDeadline } }]);
  });

  it('counts from `now` in the case time zone, across the new year', () => {
    given(PATH_TO.listed)
      .when({ type: 'AssignLeader', data: { leader } }, { now: new Date('2026-12-31T20:30:00Z') })
      .then([
        { type: 'LeaderAssigned', data: { leader, planDeadline: '2027-01-04T04:30:00+08:00' } },
      ]);
  });

  it('gives the committee 10 days from the report to check the fix', () => {
    given(PATH_TO.controlsInPlace)
      .when(
        { type: 'ReportRectified', data: { summary: '已加固' } },
        { now: new Date('2027-01-20T09:15:00Z') },
      )
      .then([
        {
          type: 'RectificationReported',
          data: { summary: '已加固', acceptanceDeadline: '2027-01-30T17:15:00+08:00' },
        },
      ]);
  });

  it('takes the approved plan’s own deadline as the rectification deadline', () => {
    const own = { ...plan, deadline: '2027-03-01T12:00:00+08:00' };
    given([
      ...PATH_TO['leaderAssigned.awaitingPlan'],
      { type: 'PlanSubmitted', data: { plan: own } },
    ])
      .when({ type: 'ApprovePlan', data: {} })
      .then([{ type: 'PlanApproved', data: { rectificationDeadline: own.deadline } }]);
  });

  it('writes deadlines to the second, with the +08:00 offset', () => {
    given(PATH_TO.listed)
      .when(
        { type: 'AssignLeader', data: { leader } },
        { now: new Date('2026-11-30T03:04:05.678Z') },
      )
      .then([
        { type: 'LeaderAssigned', data: { leader, planDeadline: '2026-12-03T11:04:05+08:00' } },
      ]);
  });
});
