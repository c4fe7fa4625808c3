import { DAY_MS } from '@hazard/domain';
import type { DeadlinePolicy } from '@hazard/domain';
import type { Environment } from '@hazard/config';

type PolicySettings = Pick<
  Environment,
  | 'PLAN_DAYS_URGENT'
  | 'PLAN_DAYS_SERIOUS'
  | 'PLAN_DAYS_MINOR'
  | 'PLAN_DAYS_DEFERRABLE'
  | 'ACCEPTANCE_DAYS'
  | 'REMINDER_DAYS_BEFORE'
  | 'ESCALATION_INTERVAL_DAYS'
  | 'DEADLINE_DAY_SECONDS'
  | 'DEADLINE_CALENDAR'
>;

/** DEADLINE_CALENDAR (`working`, or `planSubmission=working,…`) as the policy's calendar. */
function calendarFrom(setting: string): DeadlinePolicy['calendar'] {
  const pairs = setting.includes('=')
    ? setting.split(',').map((pair) => pair.split('='))
    : [
        ['planSubmission', setting],
        ['acceptance', setting],
      ];
  const working = pairs.filter(([, calendar]) => calendar === 'working');
  if (working.length === 0) return undefined;
  return Object.fromEntries(working) as DeadlinePolicy['calendar'];
}

/**
 * The deadline policy from the environment. DEADLINE_DAY_SECONDS shortens every figure alike
 * (a demo's "day" may last 20 seconds), so the policy itself is always in real days.
 */
export function deadlinePolicyFrom(env: PolicySettings): DeadlinePolicy {
  const scale = (env.DEADLINE_DAY_SECONDS * 1000) / DAY_MS;
  const days = (n: number) => n * scale;
  const calendar = calendarFrom(env.DEADLINE_CALENDAR);
  return {
    planSubmissionDays: {
      urgent: days(env.PLAN_DAYS_URGENT),
      serious: days(env.PLAN_DAYS_SERIOUS),
      minor: days(env.PLAN_DAYS_MINOR),
      deferrable: days(env.PLAN_DAYS_DEFERRABLE),
    },
    acceptanceDays: days(env.ACCEPTANCE_DAYS),
    reminderDaysBefore: [...env.REMINDER_DAYS_BEFORE].sort((a, b) => b - a).map(days),
    escalationIntervalDays: env.ESCALATION_INTERVAL_DAYS.map(days),
    ...(calendar ? { calendar } : {}),
  };
}
