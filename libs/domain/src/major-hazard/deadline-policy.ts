import { ESCALATION_LEVELS } from '@hazard/workflows';
import type { DeadlineKind, EscalationLevel, Priority } from '@hazard/workflows';
import { DAY_MS } from '../clock';
import type { DeadlineCalendar } from './deadline-calendar';

/** Local triage (急重轻缓) sets how long a newly assigned leader has to submit a plan. */
export interface DeadlinePolicy {
  planSubmissionDays: Record<Priority, number>;
  /** 验收: the committee checks a reported fix within this many days. */
  acceptanceDays: number;
  /** A reminder goes out this many days before each deadline (largest first). */
  reminderDaysBefore: number[];
  /**
   * The urging letter (督办函) goes out when a deadline is missed; each later level follows
   * the previous one after this many days: public notice (通报), then summons (约谈).
   */
  escalationIntervalDays: number[];
  /** How the days of each deadline the policy sets are counted; `natural` when unset. */
  calendar?: Partial<Record<DeadlineKind, DeadlineCalendar>>;
}

export const DEFAULT_DEADLINE_POLICY: DeadlinePolicy = {
  planSubmissionDays: { urgent: 3, serious: 7, minor: 15, deferrable: 30 },
  acceptanceDays: 10,
  reminderDaysBefore: [3, 1],
  escalationIntervalDays: [7, 14],
};

/** When the reminder `daysBefore` days ahead of a deadline is due. */
export const reminderDueAt = (deadline: string, daysBefore: number): number =>
  Date.parse(deadline) - daysBefore * DAY_MS;

export interface ReminderDue {
  daysBefore: number;
  dueAt: number;
}

/**
 * The reminders of a deadline still to send at `asOf`: not sent yet, not overtaken (of those
 * already due, only the latest still speaks to the time left) and not past the deadline.
 */
export function remindersStillDue(
  deadline: string,
  asOf: Date,
  reminderDaysBefore: number[],
  wasSent: (daysBefore: number) => boolean,
): ReminderDue[] {
  const at = asOf.getTime();
  if (at >= Date.parse(deadline)) return [];
  const all = [...new Set(reminderDaysBefore)]
    .filter((days) => days > 0)
    .sort((a, b) => b - a)
    .map((daysBefore) => ({ daysBefore, dueAt: reminderDueAt(deadline, daysBefore) }));
  const latestDue = all.filter((reminder) => reminder.dueAt <= at).length - 1;
  return all.filter((_, i) => i >= latestDue).filter(({ daysBefore }) => !wasSent(daysBefore));
}

/** When a missed deadline's escalation level is due: the urging letter at once, then each interval. */
export function escalationDueAt(
  deadline: string,
  level: EscalationLevel,
  policy: DeadlinePolicy,
): number {
  const rung = ESCALATION_LEVELS.indexOf(level);
  const afterDays = policy.escalationIntervalDays.slice(0, rung).reduce((sum, d) => sum + d, 0);
  return Date.parse(deadline) + afterDays * DAY_MS;
}

/** The DI token under which the configured policy is provided. */
export const DEADLINE_POLICY = Symbol('DEADLINE_POLICY');
