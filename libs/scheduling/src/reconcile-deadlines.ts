import type { Clock, DeadlinePolicy } from '@hazard/domain';
import type { EventStore } from '@hazard/event-store';
import { pendingDeadlineJobs } from './deadline-jobs';
import type { DeadlineJobScheduler, ReconcileReport } from './deadline-job.scheduler';
import { openCaseIds, openCasePages } from './open-cases';

export interface ReconcileDeps {
  store: EventStore;
  scheduler: DeadlineJobScheduler;
  policy: DeadlinePolicy;
  clock: Clock;
}

export type ReconcileProgress = (done: number, total: number) => void;

export interface ReconcileOptions {
  onProgress?: ReconcileProgress;
  /** Stops between pages; stale jobs are then left alone, since not every case was seen. */
  signal?: AbortSignal;
}

/**
 * Recomputes every open case's pending deadline jobs from the events and makes Redis match:
 * missing jobs added, stale ones removed. Safe at any time, e.g. after Redis lost its data.
 */
export async function reconcileDeadlines(
  deps: ReconcileDeps,
  { onProgress = () => undefined, signal }: ReconcileOptions = {},
): Promise<ReconcileReport> {
  const existing = await deps.scheduler.waitingJobIds();
  const open = await openCaseIds(deps.store);
  const wanted = new Set<string>();
  const report: ReconcileReport = { cases: open.size, jobs: 0, added: 0, removed: 0 };
  let done = 0;
  onProgress(done, open.size);
  // Redis takes page n while page n + 1 is folded: the two costs overlap instead of adding up.
  let inFlight: Promise<void> = Promise.resolve();
  for await (const page of openCasePages(deps.store, open)) {
    if (signal?.aborted) break;
    const now = deps.clock.now();
    const caseJobs = page.map(({ caseId, snapshot }) => ({
      caseId,
      jobs: pendingDeadlineJobs(snapshot, deps.policy, now),
    }));
    caseJobs.forEach(({ jobs }) => jobs.forEach((job) => wanted.add(job.jobId)));
    await inFlight;
    inFlight = deps.scheduler.reconcilePage(caseJobs, existing).then((added) => {
      report.added += added;
      done += page.length;
      onProgress(done, open.size);
    });
  }
  await inFlight;
  if (signal?.aborted) return report;
  const stale = [...existing].filter((id) => !wanted.has(id));
  await deps.scheduler.removeStale(stale, open);
  report.jobs = wanted.size;
  report.removed = stale.length;
  return report;
}
