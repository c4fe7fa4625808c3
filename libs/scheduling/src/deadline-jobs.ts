import { caseStateOf, deadlineKindIn, nextEscalationLevel, reminderKey } from '@hazard/workflows';
import type { CaseSnapshot, DeadlineKind, EscalationLevel } from '@hazard/workflows';
import { DAY_MS, escalationDueAt } from '@hazard/domain';
import type { DeadlinePolicy } from '@hazard/domain';

export type DeadlineAction = 'remind' | 'miss' | 'escalate';

/** One delayed job that should exist for a case; also the BullMQ job's data. */
export interface DeadlineJob {
  /** Deterministic, without ':' (BullMQ reserves it): the same job is never scheduled twice. */
  jobId: string;
  caseId: string;
  kind: DeadlineKind;
  deadline: string;
  /** When the job is due, epoch milliseconds. */
  fireAt: number;
  action: DeadlineAction;
  level?: EscalationLevel;
  daysBefore?: number;
}

const jobIdOf = (caseId: string, kind: DeadlineKind, deadline: string, step: string): string =>
  `deadline_${caseId}_${kind}_${Date.parse(deadline)}_${step}`;

/**
 * Every deadline job a case needs, computed from its folded state alone: the reminders still
 * to send before the deadline in force, the DeadlineMissed at the deadline, or, once missed,
 * the next rung of the escalation ladder. With `now`, reminders overtaken by a later one are
 * dropped, so a worker that was down sends one reminder, not a burst of stale ones.
 */
export function pendingDeadlineJobs(
  snapshot: CaseSnapshot,
  policy: DeadlinePolicy,
  now?: Date,
): DeadlineJob[] {
  const { caseId, deadlines, missed } = snapshot.context;
  const kind = deadlineKindIn(caseStateOf(snapshot));
  const deadline = kind ? deadlines[kind] : undefined;
  if (!caseId || !kind || !deadline) return [];
  const due = Date.parse(deadline);
  const base = { caseId, kind, deadline };
  const missedLevel = missed[kind]?.deadline === deadline ? missed[kind].level : undefined;
  if (missedLevel === undefined) {
    const miss: DeadlineJob = {
      ...base,
      jobId: jobIdOf(caseId, kind, deadline, 'miss'),
      fireAt: due,
      action: 'miss',
    };
    return [...reminders(snapshot, policy, kind, deadline, now), miss];
  }
  // The acceptance check is the committee's own duty: the machine escalates the supervised side only.
  if (kind === 'acceptance') return [];
  const level = nextEscalationLevel(missedLevel);
  if (level === null) return [];
  return [
    {
      ...base,
      jobId: jobIdOf(caseId, kind, deadline, `escalate-${level}`),
      fireAt: escalationDueAt(deadline, level, policy),
      action: 'escalate',
      level,
    },
  ];
}

function reminders(
  snapshot: CaseSnapshot,
  policy: DeadlinePolicy,
  kind: DeadlineKind,
  deadline: string,
  now: Date | undefined,
): DeadlineJob[] {
  const caseId = snapshot.context.caseId as string;
  const due = Date.parse(deadline);
  const at = now?.getTime();
  if (at !== undefined && at >= due) return [];
  const all = [...new Set(policy.reminderDaysBefore)]
    .filter((days) => days > 0)
    .sort((a, b) => b - a)
    .map((daysBefore) => ({ daysBefore, fireAt: due - daysBefore * DAY_MS }));
  // Of the reminders already due, only the latest still speaks to the time left.
  const latestDue = at === undefined ? -1 : all.filter((r) => r.fireAt <= at).length - 1;
  return all
    .filter((_, i) => i >= latestDue)
    .filter(
      ({ daysBefore }) =>
        !snapshot.context.remindersSent.includes(reminderKey(kind, deadline, daysBefore)),
    )
    .map(({ daysBefore, fireAt }) => ({
      jobId: jobIdOf(caseId, kind, deadline, `remind${daysBefore}`),
      caseId,
      kind,
      deadline,
      fireAt,
      action: 'remind' as const,
      daysBefore,
    }));
}
