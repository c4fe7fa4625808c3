import { generalHazardFacts } from '@hazard/domain';
import type { GeneralHazardPolicy } from '@hazard/domain';
import type { GeneralHazardSnapshot } from '@hazard/workflows';
import { jobIdOf } from './deadline-jobs';
import type { DeadlineJob } from './deadline-jobs';

/**
 * Every deadline job a general hazard needs now, read off its facts alone: the reminders
 * still due before the deadline in force and the miss at the deadline. General hazards have
 * no escalation ladder: a missed deadline marks them overdue, and the lists and the daily
 * figures chase them.
 */
export function pendingGeneralHazardJobs(
  snapshot: GeneralHazardSnapshot,
  policy: GeneralHazardPolicy,
  now: Date,
): DeadlineJob[] {
  const facts = generalHazardFacts(snapshot, { asOf: now, policy });
  const inForce = facts?.deadlineInForce;
  if (!facts || !facts.open || !inForce || facts.overdue.recorded) return [];
  const { kind, deadline } = inForce;
  const id = facts.hazardId;
  const base = { caseId: id, stream: 'generalHazard' as const, kind, deadline };
  return [
    ...facts.remindersDue.map(({ daysBefore, dueAt }) => ({
      ...base,
      jobId: jobIdOf(id, kind, deadline, `remind${daysBefore}`),
      fireAt: dueAt,
      action: 'remind' as const,
      daysBefore,
    })),
    { ...base, jobId: jobIdOf(id, kind, deadline, 'miss'), fireAt: inForce.dueAt, action: 'miss' },
  ];
}
