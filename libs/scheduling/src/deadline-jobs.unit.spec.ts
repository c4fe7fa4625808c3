import { DEFAULT_DEADLINE_POLICY, DAY_MS, foldCase } from '@hazard/domain';
import type { HazardEvent } from '@hazard/workflows';
import { listing } from '@hazard/testing/case-fixtures';
import { pendingDeadlineJobs } from './deadline-jobs';

const PLAN_DUE = '2026-12-03T08:00:00+08:00';
const FIX_DUE = '2027-01-31T18:00:00+08:00';
const ACCEPT_DUE = '2027-01-20T08:00:00+08:00';
const at = (iso: string, days = 0) => new Date(Date.parse(iso) + days * DAY_MS);

const listed: HazardEvent = { type: 'HazardListed', data: { caseId: 'c1', listing } };
const assigned: HazardEvent = {
  type: 'LeaderAssigned',
  data: { leader: { id: 'l1', name: '张三' }, planDeadline: PLAN_DUE },
};
const planned: HazardEvent[] = [
  {
    type: 'PlanSubmitted',
    data: {
      plan: {
        responsibleDepartment: '住建局',
        responsiblePerson: '李四',
        deadline: FIX_DUE,
        controlMeasures: ['停产撤人'],
      },
    },
  },
  { type: 'PlanApproved', data: { rectificationDeadline: FIX_DUE } },
];
const missed = (kind: 'planSubmission' | 'rectification', deadline: string): HazardEvent => ({
  type: 'DeadlineMissed',
  data: { kind, deadline },
});
const escalated = (level: 'urgingLetter' | 'publicNotice' | 'summons'): HazardEvent => ({
  type: 'EscalationRaised',
  data: { kind: 'planSubmission', deadline: PLAN_DUE, level },
});

/** Before every deadline: no reminder has been overtaken yet. */
const BEFORE_ALL = new Date(0);

const jobsAfter = (events: HazardEvent[], now = BEFORE_ALL) =>
  pendingDeadlineJobs(foldCase(events), DEFAULT_DEADLINE_POLICY, now);
const summary = (events: HazardEvent[], now?: Date) =>
  jobsAfter(events, now).map((j) => `${j.action}:${j.kind}:${j.level ?? j.daysBefore ?? ''}`);

describe('pendingDeadlineJobs', () => {
  it('has nothing to schedule before a leader is assigned', () => {
    expect(jobsAfter([listed])).toEqual([]);
  });

  it('schedules the reminders 3 and 1 days before the plan deadline, then the miss at it', () => {
    const jobs = jobsAfter([listed, assigned]);
    expect(jobs).toEqual([
      {
        jobId: `deadline_c1_planSubmission_${Date.parse(PLAN_DUE)}_remind3`,
        caseId: 'c1',
        kind: 'planSubmission',
        deadline: PLAN_DUE,
        fireAt: at(PLAN_DUE, -3).getTime(),
        action: 'remind',
        daysBefore: 3,
      },
      expect.objectContaining({
        action: 'remind',
        daysBefore: 1,
        fireAt: at(PLAN_DUE, -1).getTime(),
      }),
      expect.objectContaining({
        jobId: `deadline_c1_planSubmission_${Date.parse(PLAN_DUE)}_miss`,
        action: 'miss',
        fireAt: Date.parse(PLAN_DUE),
      }),
    ]);
    jobs.forEach((job) => expect(job.jobId).not.toContain(':'));
  });

  it('drops a reminder once sent', () => {
    const reminded: HazardEvent = {
      type: 'ReminderSent',
      data: { kind: 'planSubmission', deadline: PLAN_DUE, daysBefore: 3 },
    };
    expect(summary([listed, assigned, reminded])).toEqual([
      'remind:planSubmission:1',
      'miss:planSubmission:',
    ]);
  });

  it('keeps only the latest reminder already due, and none once the deadline has passed', () => {
    expect(summary([listed, assigned], at(PLAN_DUE, -2))).toEqual([
      'remind:planSubmission:3',
      'remind:planSubmission:1',
      'miss:planSubmission:',
    ]);
    expect(summary([listed, assigned], at(PLAN_DUE, -0.5))).toEqual([
      'remind:planSubmission:1',
      'miss:planSubmission:',
    ]);
    expect(summary([listed, assigned], at(PLAN_DUE, 0.5))).toEqual(['miss:planSubmission:']);
  });

  it('climbs the escalation ladder one rung at a time: at once, +7 days, +14 more', () => {
    const ladder = [listed, assigned, missed('planSubmission', PLAN_DUE)];
    const next = (events: HazardEvent[]) => jobsAfter(events);
    expect(next(ladder)).toEqual([
      expect.objectContaining({
        action: 'escalate',
        level: 'urgingLetter',
        fireAt: Date.parse(PLAN_DUE),
        jobId: `deadline_c1_planSubmission_${Date.parse(PLAN_DUE)}_escalate-urgingLetter`,
      }),
    ]);
    ladder.push(escalated('urgingLetter'));
    expect(next(ladder)).toEqual([
      expect.objectContaining({ level: 'publicNotice', fireAt: at(PLAN_DUE, 7).getTime() }),
    ]);
    ladder.push(escalated('publicNotice'));
    expect(next(ladder)).toEqual([
      expect.objectContaining({ level: 'summons', fireAt: at(PLAN_DUE, 21).getTime() }),
    ]);
    ladder.push(escalated('summons'));
    expect(next(ladder)).toEqual([]);
  });

  it('follows an approved extension: new deadline, fresh reminders, no ladder', () => {
    const extended = '2026-12-10T08:00:00+08:00';
    const events: HazardEvent[] = [
      listed,
      assigned,
      missed('planSubmission', PLAN_DUE),
      {
        type: 'ExtensionRequested',
        data: { kind: 'planSubmission', deadline: extended, reason: '汛期' },
      },
      { type: 'ExtensionApproved', data: { kind: 'planSubmission', deadline: extended } },
    ];
    const jobs = jobsAfter(events);
    expect(jobs.map((j) => j.action)).toEqual(['remind', 'remind', 'miss']);
    jobs.forEach((job) => expect(job.deadline).toBe(extended));
  });

  it('waits while a submitted plan is under review, then runs the rectification deadline', () => {
    expect(jobsAfter([listed, assigned, planned[0]])).toEqual([]);
    const jobs = jobsAfter([listed, assigned, ...planned]);
    expect(jobs.map((j) => `${j.kind}:${j.deadline}`)).toEqual(
      Array(3).fill(`rectification:${FIX_DUE}`),
    );
  });

  it('escalates a missed rectification deadline', () => {
    const events = [listed, assigned, ...planned, missed('rectification', FIX_DUE)];
    expect(summary(events)).toEqual(['escalate:rectification:urgingLetter']);
  });

  it('marks the acceptance deadline missed but never escalates it', () => {
    const reported: HazardEvent = {
      type: 'RectificationReported',
      data: { summary: '加固完成', acceptanceDeadline: ACCEPT_DUE },
    };
    const base = [
      listed,
      assigned,
      ...planned,
      { type: 'ControlsConfirmed', data: { note: '' } } as HazardEvent,
      reported,
    ];
    expect(summary(base)).toEqual([
      'remind:acceptance:3',
      'remind:acceptance:1',
      'miss:acceptance:',
    ]);
    const acceptanceMissed: HazardEvent = {
      type: 'DeadlineMissed',
      data: { kind: 'acceptance', deadline: ACCEPT_DUE },
    };
    expect(jobsAfter([...base, acceptanceMissed])).toEqual([]);
  });

  it('has nothing pending once the case is closed', () => {
    const events: HazardEvent[] = [
      listed,
      assigned,
      ...planned,
      { type: 'ControlsConfirmed', data: { note: '' } },
      {
        type: 'RectificationReported',
        data: { summary: '加固完成', acceptanceDeadline: ACCEPT_DUE },
      },
      { type: 'CaseClosed', data: { note: '验收通过' } },
    ];
    expect(jobsAfter(events)).toEqual([]);
  });

  it('follows the configured reminder days and escalation spacing', () => {
    const policy = {
      ...DEFAULT_DEADLINE_POLICY,
      reminderDaysBefore: [2],
      escalationIntervalDays: [1, 2],
    };
    const reminders = pendingDeadlineJobs(foldCase([listed, assigned]), policy, BEFORE_ALL);
    expect(reminders.map((j) => j.daysBefore)).toEqual([2, undefined]);
    const ladder = foldCase([
      listed,
      assigned,
      missed('planSubmission', PLAN_DUE),
      escalated('urgingLetter'),
      escalated('publicNotice'),
    ]);
    expect(pendingDeadlineJobs(ladder, policy, BEFORE_ALL)[0].fireAt).toBe(
      at(PLAN_DUE, 3).getTime(),
    );
  });
});
