import type { Clock, DeadlinePolicy } from '@hazard/domain';
import type { EventStore } from '@hazard/event-store';
import { loadCase } from '@hazard/cases';
import { pendingDeadlineJobs } from './deadline-jobs';
import type { DeadlineJobScheduler } from './deadline-job.scheduler';

export interface ScheduleDeps {
  store: EventStore;
  scheduler: DeadlineJobScheduler;
  policy: DeadlinePolicy;
  clock: Clock;
}

/**
 * After any event of a case, that case's jobs in Redis are made to match its current state
 * (not the state at that event, so a lagging subscription never brings back a job the case
 * is done with).
 */
export async function scheduleCaseDeadlines(deps: ScheduleDeps, caseId: string): Promise<void> {
  const { snapshot } = await loadCase(deps.store, caseId);
  await deps.scheduler.syncCase(
    caseId,
    pendingDeadlineJobs(snapshot, deps.policy, deps.clock.now()),
  );
}
