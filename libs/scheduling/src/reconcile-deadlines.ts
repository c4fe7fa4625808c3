import type { Clock, DeadlinePolicy, GeneralHazardPolicy } from '@hazard/domain';
import type { EventStore } from '@hazard/event-store';
import { nextDeadlineJob, pendingDeadlineJobs } from './deadline-jobs';
import { streamJobId } from './deadline-job.scheduler';
import type { DeadlineJobScheduler, ReconcileReport, StreamJob } from './deadline-job.scheduler';
import { pendingGeneralHazardJobs } from './general-hazard-jobs';
import { foldOpenStreams, streamsChangedSince } from './open-cases';
import { streamJobOf } from './schedule-case-deadlines';

/** Streams per round trip to Redis. */
const PAGE = 1000;

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
 * Recomputes every open case's and general hazard's next deadline job from the events (one
 * pass over the log) and
 * makes Redis match: missing jobs added, wrong ones replaced, those of closed streams removed.
 * Safe at any time, e.g. after Redis lost its data; writes nothing when Redis is in sync.
 */
export async function reconcileDeadlines(
  deps: ReconcileDeps,
  { onProgress = () => undefined, signal }: ReconcileOptions = {},
): Promise<ReconcileReport> {
  const waiting = await deps.scheduler.waitingJobIds();
  const open = await foldOpenStreams(deps.store, signal);
  const total = open.cases.size + open.generalHazards.size;
  const report: ReconcileReport = { cases: total, jobs: 0, added: 0, removed: 0 };
  let done = 0;
  onProgress(done, total);
  const now = deps.clock.now();
  const targets = function* (): Generator<StreamJob> {
    for (const [id, snapshot] of open.cases) {
      yield { id, next: nextDeadlineJob(pendingDeadlineJobs(snapshot, deps.policy, now)) };
    }
    for (const [id, snapshot] of open.generalHazards) {
      const pending = pendingGeneralHazardJobs(snapshot, deps.generalPolicy, now);
      yield { id, stream: 'generalHazard', next: nextDeadlineJob(pending) };
    }
  };
  // Redis takes page n while page n + 1 is computed: the two costs overlap.
  let inFlight: Promise<void> = Promise.resolve();
  let page: StreamJob[] = [];
  const flush = async () => {
    const taken = page;
    page = [];
    report.jobs += taken.filter(({ next }) => next).length;
    await inFlight;
    inFlight = deps.scheduler.syncPage(taken).then(({ added, removed }) => {
      report.added += added;
      report.removed += removed;
      done += taken.length;
      onProgress(done, total);
    });
  };
  for (const target of targets()) {
    if (signal?.aborted) break;
    page.push(target);
    if (page.length === PAGE) await flush();
  }
  if (page.length > 0) await flush();
  await inFlight;
  if (signal?.aborted) return report;
  const openIds = new Set([
    ...[...open.cases.keys()].map((id) => streamJobId(id)),
    ...[...open.generalHazards.keys()].map((id) => streamJobId(id, 'generalHazard')),
  ]);
  const closed = waiting.filter((id) => !openIds.has(id));
  await deps.scheduler.removeJobs(closed);
  report.removed += closed.length;
  // Streams that moved on while this ran: their jobs from the current state, not the folded one.
  const moved = [...(await streamsChangedSince(deps.store, open.position))];
  const current = await Promise.all(moved.map((streamId) => streamJobOf(deps, streamId)));
  await deps.scheduler.syncPage(current.filter((target) => target !== null));
  return report;
}
