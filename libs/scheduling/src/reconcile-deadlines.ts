import type { Clock, DeadlinePolicy, GeneralHazardPolicy } from '@hazard/domain';
import type { EventStore } from '@hazard/event-store';
import { nextDeadlineJob, pendingDeadlineJobs } from './deadline-jobs';
import type { DeadlineJob } from './deadline-jobs';
import { streamJobId } from './deadline-job.scheduler';
import type { DeadlineJobScheduler, ReconcileReport, StreamJob } from './deadline-job.scheduler';
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
 * Recomputes every open case's and general hazard's next deadline job from the events and
 * makes Redis match: missing jobs added, wrong ones replaced, those of closed streams removed.
 * Safe at any time, e.g. after Redis lost its data; writes nothing when Redis is in sync.
 */
export async function reconcileDeadlines(
  deps: ReconcileDeps,
  { onProgress = () => undefined, signal }: ReconcileOptions = {},
): Promise<ReconcileReport> {
  const waiting = await deps.scheduler.waitingJobIds();
  const open = await openStreamIds(deps.store);
  const total = open.cases.size + open.generalHazards.size;
  const report: ReconcileReport = { cases: total, jobs: 0, added: 0, removed: 0 };
  let done = 0;
  onProgress(done, total);
  // Redis takes page n while page n + 1 is folded: the two costs overlap instead of adding up.
  let inFlight: Promise<void> = Promise.resolve();
  async function sync<S>(
    pages: AsyncGenerator<Array<{ id: string; folded: S }>>,
    stream: StreamJob['stream'],
    jobsOf: (snapshot: S, now: Date) => DeadlineJob[],
  ): Promise<void> {
    for await (const page of pages) {
      if (signal?.aborted) return;
      const now = deps.clock.now();
      const targets = page.map(({ id, folded }) => ({
        id,
        stream,
        next: nextDeadlineJob(jobsOf(folded, now)),
      }));
      report.jobs += targets.filter(({ next }) => next).length;
      await inFlight;
      inFlight = deps.scheduler.syncPage(targets).then(({ added, removed }) => {
        report.added += added;
        report.removed += removed;
        done += page.length;
        onProgress(done, total);
      });
    }
  }
  await sync(foldedPages(open.cases, loadCaseSnapshot(deps.store)), undefined, (snapshot, now) =>
    pendingDeadlineJobs(snapshot, deps.policy, now),
  );
  await sync(
    foldedPages(open.generalHazards, loadGeneralHazardSnapshot(deps.store)),
    'generalHazard',
    (snapshot, now) => pendingGeneralHazardJobs(snapshot, deps.generalPolicy, now),
  );
  await inFlight;
  if (signal?.aborted) return report;
  const openIds = new Set([
    ...[...open.cases].map((id) => streamJobId(id)),
    ...[...open.generalHazards].map((id) => streamJobId(id, 'generalHazard')),
  ]);
  const closed = waiting.filter((id) => !openIds.has(id));
  await deps.scheduler.removeJobs(closed);
  report.removed += closed.length;
  return report;
}
