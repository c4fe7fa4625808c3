import { DelayedError } from 'bullmq';
import type { Job } from 'bullmq';
import { CaseNotFoundError, SCHEDULER_ACTOR, TransitionNotAllowedError } from '@hazard/domain';
import type { CaseCommand, Clock, DeadlinePolicy } from '@hazard/domain';
import type { CommandEnvelope, CommandResult, LoadedCase } from '@hazard/cases';
import { pendingDeadlineJobs } from './deadline-jobs';
import type { DeadlineJob } from './deadline-jobs';

export interface FireDeps {
  load(caseId: string): Promise<LoadedCase>;
  execute(envelope: CommandEnvelope): Promise<CommandResult>;
  policy: DeadlinePolicy;
  clock: Clock;
}

/** `notYetDue`: the job ran early by the decision clock (clock skew) and must wait longer. */
export type FireOutcome = 'applied' | 'duplicate' | 'noLongerApplies' | 'notYetDue';

export const commandIdOf = (job: DeadlineJob): string => `deadline-job-${job.jobId}`;

/**
 * A deadline job has fired: re-read the case and append the event only if the job is still
 * one the case needs. The command id comes from the job id, so a late or duplicate firing
 * appends nothing twice, and the machine's guards refuse whatever no longer applies.
 */
export async function fireDeadlineJob(deps: FireDeps, job: DeadlineJob): Promise<FireOutcome> {
  let loaded: LoadedCase;
  try {
    loaded = await deps.load(job.caseId);
  } catch (error) {
    if (error instanceof CaseNotFoundError) return 'noLongerApplies';
    throw error;
  }
  const now = deps.clock.now();
  const pending = pendingDeadlineJobs(loaded.snapshot, deps.policy, now);
  if (!pending.some((candidate) => candidate.jobId === job.jobId)) return 'noLongerApplies';
  if (job.fireAt > now.getTime()) return 'notYetDue';
  try {
    const result = await deps.execute({
      caseId: job.caseId,
      command: commandFor(job),
      actor: SCHEDULER_ACTOR,
      commandId: commandIdOf(job),
    });
    return result.duplicate ? 'duplicate' : 'applied';
  } catch (error) {
    if (error instanceof TransitionNotAllowedError) return 'noLongerApplies';
    throw error;
  }
}

/** A BullMQ job run: fires it, or puts it back to wait when it ran before its time. */
export async function processDeadlineJob(
  deps: FireDeps,
  job: Job<DeadlineJob>,
  token?: string,
): Promise<FireOutcome> {
  const outcome = await fireDeadlineJob(deps, job.data);
  if (outcome !== 'notYetDue') return outcome;
  const wait = job.data.fireAt - deps.clock.now().getTime();
  await job.moveToDelayed(Date.now() + wait, token);
  throw new DelayedError();
}

function commandFor(job: DeadlineJob): CaseCommand {
  const { kind, deadline } = job;
  switch (job.action) {
    case 'remind':
      return { type: 'SendReminder', data: { kind, deadline, daysBefore: job.daysBefore ?? 0 } };
    case 'miss':
      return { type: 'RecordDeadlineMissed', data: { kind, deadline } };
    case 'escalate':
      if (!job.level) throw new Error(`escalation job ${job.jobId} names no level`);
      return { type: 'RaiseEscalation', data: { kind, deadline, level: job.level } };
    default: {
      const unreachable: never = job.action;
      throw new Error(`unknown deadline action ${String(unreachable)}`);
    }
  }
}
