import { DelayedError } from 'bullmq';
import type { Job } from 'bullmq';
import {
  CaseNotFoundError,
  GeneralHazardNotFoundError,
  SCHEDULER_ACTOR,
  TransitionNotAllowedError,
} from '@hazard/domain';
import type {
  CaseCommand,
  Clock,
  DeadlinePolicy,
  GeneralHazardCommand,
  GeneralHazardPolicy,
} from '@hazard/domain';
import type {
  CommandEnvelope,
  CommandResult,
  Envelope,
  HandledCommand,
  LoadedCase,
  LoadedGeneralHazard,
} from '@hazard/commands';
import type { DeadlineKind, GeneralDeadlineKind } from '@hazard/workflows';
import { deadlineJobOf, nextDeadlineJob, pendingDeadlineJobs, storedJob } from './deadline-jobs';
import type { DeadlineJob, StoredDeadlineJob } from './deadline-jobs';
import { streamJobId } from './deadline-job.scheduler';
import { pendingGeneralHazardJobs } from './general-hazard-jobs';

export interface FireDeps {
  load(caseId: string): Promise<LoadedCase>;
  execute(envelope: CommandEnvelope): Promise<CommandResult>;
  loadGeneralHazard(hazardId: string): Promise<LoadedGeneralHazard>;
  executeGeneral(envelope: Envelope<GeneralHazardCommand>): Promise<HandledCommand>;
  policy: DeadlinePolicy;
  generalPolicy: GeneralHazardPolicy;
  clock: Clock;
  /** Told of each job that took effect (before the stream's job moves on to its next one). */
  applied?(job: DeadlineJob): void;
}

/** `notYetDue`: the job ran early by the decision clock (clock skew) and must wait longer. */
export type FireOutcome = 'applied' | 'duplicate' | 'noLongerApplies' | 'notYetDue';

/** A failed run is tried again after this long (a lost race, the event store away). */
const RETRY_MS = 1000;

export const commandIdOf = (job: DeadlineJob): string => `deadline-job-${job.jobId}`;

/** What a kind of stream needs for its deadline jobs: what it still needs now, and the command. */
interface Target {
  pending(now: Date): Promise<DeadlineJob[] | null>;
  /** Appends the job's event; true when it had been appended before (a duplicate). */
  apply(): Promise<boolean>;
}

function majorTarget(deps: FireDeps, job: DeadlineJob): Target {
  return {
    async pending(now) {
      try {
        return pendingDeadlineJobs((await deps.load(job.caseId)).snapshot, deps.policy, now);
      } catch (error) {
        if (error instanceof CaseNotFoundError) return null;
        throw error;
      }
    },
    async apply() {
      const result = await deps.execute({
        caseId: job.caseId,
        command: caseCommandFor(job),
        actor: SCHEDULER_ACTOR,
        commandId: commandIdOf(job),
      });
      return result.duplicate;
    },
  };
}

function generalTarget(deps: FireDeps, job: DeadlineJob): Target {
  return {
    async pending(now) {
      try {
        const { snapshot } = await deps.loadGeneralHazard(job.caseId);
        return pendingGeneralHazardJobs(snapshot, deps.generalPolicy, now);
      } catch (error) {
        if (error instanceof GeneralHazardNotFoundError) return null;
        throw error;
      }
    },
    async apply() {
      const kind = job.kind as GeneralDeadlineKind;
      const { deadline } = job;
      const command: GeneralHazardCommand =
        job.action === 'remind'
          ? { type: 'SendReminder', data: { kind, deadline, daysBefore: job.daysBefore ?? 0 } }
          : { type: 'RecordDeadlineMissed', data: { kind, deadline } };
      const result = await deps.executeGeneral({
        id: job.caseId,
        command,
        actor: SCHEDULER_ACTOR,
        commandId: commandIdOf(job),
      });
      return result.duplicate;
    },
  };
}

/** What a firing did, and the job its stream needs next (the chain goes on with it). */
export interface Fired {
  outcome: FireOutcome;
  next: DeadlineJob | null;
}

/**
 * A deadline job has fired: re-read its case (or general hazard) and append the event only if
 * the job is still one it needs. The command id comes from the job id, so a late or duplicate
 * firing appends nothing twice, and the machine's guards refuse whatever no longer applies.
 * Then the state is read again for the job that comes next.
 */
export async function fireDeadlineJob(deps: FireDeps, job: DeadlineJob): Promise<Fired> {
  const target = job.stream === 'generalHazard' ? generalTarget(deps, job) : majorTarget(deps, job);
  const now = deps.clock.now();
  const pending = await target.pending(now);
  const following = async (outcome: FireOutcome): Promise<Fired> => ({
    outcome,
    next: nextDeadlineJob((await target.pending(deps.clock.now())) ?? []),
  });
  if (!pending?.some((candidate) => candidate.jobId === job.jobId)) {
    return { outcome: 'noLongerApplies', next: nextDeadlineJob(pending ?? []) };
  }
  if (job.fireAt > now.getTime()) return { outcome: 'notYetDue', next: job };
  try {
    return await following((await target.apply()) ? 'duplicate' : 'applied');
  } catch (error) {
    if (error instanceof TransitionNotAllowedError) return following('noLongerApplies');
    throw error;
  }
}

/**
 * A BullMQ job run: fires it, then moves the same job on to the stream's next deadline (or
 * lets it complete when there is none). Crash-safe: a run that dies before the move leaves the
 * job active; BullMQ hands it out again once its lock expires, and that run finds the event
 * appended (nothing twice) and makes the move.
 */
export async function processDeadlineJob(
  deps: FireDeps,
  job: Job<StoredDeadlineJob>,
  token?: string,
): Promise<FireOutcome> {
  let fired: Fired;
  const due = deadlineJobOf(job.data);
  try {
    fired = await fireDeadlineJob(deps, due);
  } catch (error) {
    // Tried again shortly, for as long as it takes: a deadline is never dropped by a failure.
    await job.moveToDelayed(Date.now() + RETRY_MS, token);
    throw new DelayedError(`retrying in ${RETRY_MS} ms: ${String(error)}`);
  }
  const { outcome, next } = fired;
  if (outcome === 'applied') deps.applied?.(due);
  // Only the stream's own job goes on to the next deadline: a stray copy just ends.
  if (!next || job.id !== streamJobId(job.data.caseId, job.data.stream)) return outcome;
  const data = storedJob(next);
  if (JSON.stringify(data) !== JSON.stringify(job.data)) await job.updateData(data);
  const wait = next.fireAt - deps.clock.now().getTime();
  await job.moveToDelayed(Date.now() + Math.max(0, wait), token);
  throw new DelayedError();
}

function caseCommandFor(job: DeadlineJob): CaseCommand {
  const kind = job.kind as DeadlineKind;
  const { deadline } = job;
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
