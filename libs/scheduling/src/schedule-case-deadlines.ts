import type { Clock, DeadlinePolicy } from '@hazard/domain';
import type { EventStore, RecordedEvent } from '@hazard/event-store';
import { caseIdOf, loadCase } from '@hazard/cases';
import { pendingDeadlineJobs } from './deadline-jobs';
import type { DeadlineJobScheduler } from './deadline-job.scheduler';

export interface ScheduleDeps {
  store: EventStore;
  scheduler: DeadlineJobScheduler;
  policy: DeadlinePolicy;
  clock: Clock;
}

/**
 * The subscription's handler: after any event of a case, that case's jobs in Redis are made
 * to match its current state (not the state at that event, so a lagging subscription never
 * brings back a job the case is done with).
 */
export async function scheduleCaseDeadlines(
  deps: ScheduleDeps,
  event: RecordedEvent,
): Promise<void> {
  const caseId = caseIdOf(event.streamId);
  if (caseId === null) return;
  const { snapshot } = await loadCase(deps.store, caseId);
  await deps.scheduler.syncCase(
    caseId,
    pendingDeadlineJobs(snapshot, deps.policy, deps.clock.now()),
  );
}
