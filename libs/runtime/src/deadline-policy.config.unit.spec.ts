import { DEFAULT_DEADLINE_POLICY } from '@hazard/domain';
import { validateEnvironment } from '@hazard/config';
import { deadlinePolicyFrom } from './deadline-policy.config';

describe('deadlinePolicyFrom', () => {
  it('gives the default policy for an empty environment', () => {
    expect(deadlinePolicyFrom(validateEnvironment({}))).toEqual(DEFAULT_DEADLINE_POLICY);
  });

  it('reads the figures and shortens every one alike with DEADLINE_DAY_SECONDS', () => {
    const policy = deadlinePolicyFrom(
      validateEnvironment({
        PLAN_DAYS_URGENT: '2',
        REMINDER_DAYS_BEFORE: '1, 2',
        ESCALATION_INTERVAL_DAYS: '4,8',
        DEADLINE_DAY_SECONDS: '43200',
      }),
    );
    expect(policy.planSubmissionDays.urgent).toBe(1);
    expect(policy.planSubmissionDays.serious).toBe(3.5);
    expect(policy.acceptanceDays).toBe(5);
    expect(policy.reminderDaysBefore).toEqual([1, 0.5]);
    expect(policy.escalationIntervalDays).toEqual([2, 4]);
  });

  it('counts in working days where DEADLINE_CALENDAR says so, for both kinds or per kind', () => {
    const calendar = (DEADLINE_CALENDAR: string) =>
      deadlinePolicyFrom(validateEnvironment({ DEADLINE_CALENDAR })).calendar;
    expect(calendar('natural')).toBeUndefined();
    expect(calendar('working')).toEqual({ planSubmission: 'working', acceptance: 'working' });
    expect(calendar('planSubmission=natural,acceptance=working')).toEqual({
      acceptance: 'working',
    });
    expect(() => validateEnvironment({ DEADLINE_CALENDAR: 'lunar' })).toThrow(
      /^Invalid configuration: DEADLINE_CALENDAR="lunar": DEADLINE_CALENDAR must be natural, working/,
    );
  });

  it('names the variable when a figure is not positive', () => {
    expect(() => validateEnvironment({ REMINDER_DAYS_BEFORE: '3,-1' })).toThrow(
      /REMINDER_DAYS_BEFORE/,
    );
    expect(() => validateEnvironment({ PLAN_DAYS_URGENT: 'soon' })).toThrow(/PLAN_DAYS_URGENT/);
  });
});
