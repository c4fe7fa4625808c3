import type { Clock, DeadlinePolicy, GeneralHazardPolicy } from '@hazard/domain';
import type { EventStore, RecordedEvent } from '@hazard/event-store';
import { caseIdOf, generalHazardIdOf, loadCase, loadGeneralHazard } from '@hazard/commands';
import { pendingDeadlineJobs } from './deadline-jobs';
import type { DeadlineJob } from './deadline-jobs';
import type { DeadlineJobScheduler } from './deadline-job.scheduler';
import { pendingGeneralHazardJobs } from './general-hazard-jobs';

export interface ScheduleDeps {
  store: EventStore;
  scheduler: DeadlineJobScheduler;
  policy: DeadlinePolicy;
  generalPolicy: GeneralHazardPolicy;
  clock: Clock;
}

/** Whether a stream's events can change deadlines: a major case's or a general hazard's. */
export const hasDeadlines = (streamId: string): boolean =>
  caseIdOf(streamId) !== null || generalHazardIdOf(streamId) !== null;

/**
 * After any event of a case or a general hazard, its jobs in Redis are made to match its
 * current state (not the state at that event, so a lagging subscription never brings back a
 * job it is done with).
 */
export async function scheduleStreamDeadlines(deps: ScheduleDeps, streamId: string): Promise<void> {
  const caseId = caseIdOf(streamId);
  if (caseId !== null) {
    const { snapshot, events } = await loadCase(deps.store, caseId);
    const jobs = pendingDeadlineJobs(snapshot, deps.policy, deps.clock.now());
    await deps.scheduler.syncCase(caseId, correlated(jobs, events));
    return;
  }
  const hazardId = generalHazardIdOf(streamId);
  if (hazardId === null) return;
  const { snapshot, events } = await loadGeneralHazard(deps.store, hazardId);
  const jobs = pendingGeneralHazardJobs(snapshot, deps.generalPolicy, deps.clock.now());
  await deps.scheduler.syncCase(hazardId, correlated(jobs, events));
}

/** Jobs carry the correlation id of the latest event, the one that called for them. */
function correlated(jobs: DeadlineJob[], events: RecordedEvent[]): DeadlineJob[] {
  const correlationId = events.at(-1)?.metadata.correlationId;
  return typeof correlationId === 'string' ? jobs.map((job) => ({ ...job, correlationId })) : jobs;
}
