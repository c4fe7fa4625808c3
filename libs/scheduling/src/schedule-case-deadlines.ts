import type { Clock, DeadlinePolicy, GeneralHazardPolicy } from '@hazard/domain';
import type { EventStore } from '@hazard/event-store';
import { caseIdOf, generalHazardIdOf, loadCase, loadGeneralHazard } from '@hazard/commands';
import { nextDeadlineJob, pendingDeadlineJobs } from './deadline-jobs';
import type { DeadlineJobScheduler, StreamJob } from './deadline-job.scheduler';
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

/** The job a stream needs in Redis now, from its current state; null for another stream. */
export async function streamJobOf(deps: ScheduleDeps, streamId: string): Promise<StreamJob | null> {
  const caseId = caseIdOf(streamId);
  if (caseId !== null) {
    const { snapshot } = await loadCase(deps.store, caseId);
    const next = nextDeadlineJob(pendingDeadlineJobs(snapshot, deps.policy, deps.clock.now()));
    return { id: caseId, next };
  }
  const hazardId = generalHazardIdOf(streamId);
  if (hazardId === null) return null;
  const { snapshot } = await loadGeneralHazard(deps.store, hazardId);
  const pending = pendingGeneralHazardJobs(snapshot, deps.generalPolicy, deps.clock.now());
  return { id: hazardId, stream: 'generalHazard', next: nextDeadlineJob(pending) };
}

/**
 * After any event of a case or a general hazard, its job in Redis is made to match its
 * current state (not the state at that event, so a lagging subscription never brings back a
 * job it is done with).
 */
export async function scheduleStreamDeadlines(deps: ScheduleDeps, streamId: string): Promise<void> {
  const target = await streamJobOf(deps, streamId);
  if (target) await deps.scheduler.syncStream(target);
}
