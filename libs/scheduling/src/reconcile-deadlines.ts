import type { Clock, DeadlinePolicy, GeneralHazardPolicy } from '@hazard/domain';
import type { EventStore } from '@hazard/event-store';
import { pendingDeadlineJobs } from './deadline-jobs';
import type { DeadlineJob } from './deadline-jobs';
import type { DeadlineJobScheduler, ReconcileReport } from './deadline-job.scheduler';
import { pendingGeneralHazardJobs } from './general-hazard-jobs';
import {
  foldedPages,
  loadCaseSnapshot,
  loadGeneralHazardSnapshot,
  openStreamIds,
} from './open-cases';

export interface ReconcileDeps {
  store: EventStore;
  scheduler: DeadlineJobScheduler;
  policy: DeadlinePolicy;
  generalPolicy: GeneralHazardPolicy;
  clock: Clock;
}

export type ReconcileProgress = (done: number, total: number) => void;

export interface ReconcileOptions {
  onProgress?: ReconcileProgress;
  /** Stops between pages; stale jobs are then left alone, since not every case was seen. */
  signal?: AbortSignal;
}

/**
 * Recomputes every open case's and general hazard's pending deadline jobs from the events and
 * makes Redis match: missing jobs added, stale ones removed. Safe at any time, e.g. after
 * Redis lost its data.
 */
export async function reconcileDeadlines(
  deps: ReconcileDeps,
  { onProgress = () => undefined, signal }: ReconcileOptions = {},
): Promise<ReconcileReport> {
  const existing = await deps.scheduler.waitingJobIds();
  const open = await openStreamIds(deps.store);
  const total = open.cases.size + open.generalHazards.size;
  const wanted = new Set<string>();
  const report: ReconcileReport = { cases: total, jobs: 0, added: 0, removed: 0 };
  let done = 0;
  onProgress(done, total);
  // Redis takes page n while page n + 1 is folded: the two costs overlap instead of adding up.
  let inFlight: Promise<void> = Promise.resolve();
  async function sync<S>(
    pages: AsyncGenerator<Array<{ id: string; folded: S }>>,
    jobsOf: (snapshot: S, now: Date) => DeadlineJob[],
  ): Promise<void> {
    for await (const page of pages) {
      if (signal?.aborted) return;
      const now = deps.clock.now();
      const caseJobs = page.map(({ id, folded }) => ({ caseId: id, jobs: jobsOf(folded, now) }));
      caseJobs.forEach(({ jobs }) => jobs.forEach((job) => wanted.add(job.jobId)));
      await inFlight;
      inFlight = deps.scheduler.reconcilePage(caseJobs, existing).then((added) => {
        report.added += added;
        done += page.length;
        onProgress(done, total);
      });
    }
  }
  await sync(foldedPages(open.cases, loadCaseSnapshot(deps.store)), (snapshot, now) =>
    pendingDeadlineJobs(snapshot, deps.policy, now),
  );
  await sync(
    foldedPages(open.generalHazards, loadGeneralHazardSnapshot(deps.store)),
    (snapshot, now) => pendingGeneralHazardJobs(snapshot, deps.generalPolicy, now),
  );
  await inFlight;
  if (signal?.aborted) return report;
  const stale = [...existing].filter((id) => !wanted.has(id));
  await deps.scheduler.removeStale(stale, new Set([...open.cases, ...open.generalHazards]));
  report.jobs = wanted.size;
  report.removed = stale.length;
  return report;
}
