import { caseFacts } from '@hazard/domain';
import type { DeadlinePolicy } from '@hazard/domain';
import type {
  CaseSnapshot,
  DeadlineKind,
  EscalationLevel,
  GeneralDeadlineKind,
} from '@hazard/workflows';

export type DeadlineAction = 'remind' | 'miss' | 'escalate';

/** One deadline job that a case needs (Redis holds the next one, as a StoredDeadlineJob). */
export interface DeadlineJob {
  /** Deterministic, without ':' (BullMQ reserves it): the same job is never scheduled twice. */
  jobId: string;
  /** The case's id, or the general hazard's (then `stream` says so). */
  caseId: string;
  /** Absent for a major-hazard case (and on jobs scheduled before general hazards existed). */
  stream?: 'generalHazard';
  kind: DeadlineKind | GeneralDeadlineKind;
  deadline: string;
  /** When the job is due, epoch milliseconds. */
  fireAt: number;
  action: DeadlineAction;
  level?: EscalationLevel;
  daysBefore?: number;
}

export const jobIdOf = (id: string, kind: string, deadline: string, step: string): string =>
  `deadline_${id}_${kind}_${Date.parse(deadline)}_${step}`;

/**
 * A job as Redis keeps it, in the BullMQ job's data: without `jobId`, which the rest says (a
 * hundred thousand open cases are as many jobs, so every byte counts a hundred thousand times).
 */
export type StoredDeadlineJob = Omit<DeadlineJob, 'jobId'>;

export const storedJob = ({ jobId: _derived, ...stored }: DeadlineJob): StoredDeadlineJob => stored;

const stepOf = (job: StoredDeadlineJob): string => {
  switch (job.action) {
    case 'remind':
      return `remind${job.daysBefore ?? 0}`;
    case 'escalate':
      return `escalate-${job.level ?? ''}`;
    default:
      return job.action;
  }
};

/** A job read back from Redis, with its id again. */
export const deadlineJobOf = (stored: StoredDeadlineJob): DeadlineJob => ({
  jobId: jobIdOf(stored.caseId, stored.kind, stored.deadline, stepOf(stored)),
  ...stored,
});

/**
 * Every deadline job a case needs now, read off the domain's facts alone: the reminders still
 * due before the deadline in force, the DeadlineMissed at the deadline, or, once the miss is
 * recorded, the next rung of the escalation ladder (where the deadline escalates at all).
 */
export function pendingDeadlineJobs(
  snapshot: CaseSnapshot,
  policy: DeadlinePolicy,
  now: Date,
): DeadlineJob[] {
  const facts = caseFacts(snapshot, { asOf: now, policy });
  const inForce = facts?.deadlineInForce;
  if (!facts || !facts.open || !inForce) return [];
  const { caseId } = facts;
  const { kind, deadline } = inForce;
  const base = { caseId, kind, deadline };
  const jobId = (step: string) => jobIdOf(caseId, kind, deadline, step);
  if (!facts.overdue.recorded) {
    return [
      ...facts.remindersDue.map(({ daysBefore, dueAt }) => ({
        ...base,
        jobId: jobId(`remind${daysBefore}`),
        fireAt: dueAt,
        action: 'remind' as const,
        daysBefore,
      })),
      { ...base, jobId: jobId('miss'), fireAt: inForce.dueAt, action: 'miss' },
    ];
  }
  const next = facts.escalation.next;
  if (!next) return [];
  return [
    {
      ...base,
      jobId: jobId(`escalate-${next.level}`),
      fireAt: next.dueAt,
      action: 'escalate',
      level: next.level,
    },
  ];
}

/** The one job a stream's chain holds in Redis: the earliest of what it needs now. */
export const nextDeadlineJob = (jobs: DeadlineJob[]): DeadlineJob | null =>
  jobs.reduce<DeadlineJob | null>(
    (first, job) => (!first || job.fireAt < first.fireAt ? job : first),
    null,
  );
