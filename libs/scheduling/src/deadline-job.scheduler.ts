import type { JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Clock } from '@hazard/domain';
import { storedJob } from './deadline-jobs';
import type { DeadlineJob } from './deadline-jobs';

export const DEADLINES_QUEUE = 'deadlines';
/**
 * Jobs run this many at a time per worker. A job mostly waits for the event store's fsync,
 * and concurrent appends share one (group commit), so many at once is what keeps up.
 */
export const DEADLINES_CONCURRENCY = 32;

/**
 * Gone once done: a stream whose chain has ended has no job left. No BullMQ attempts: a run
 * that fails (a lost race with a user's command, a store hiccup) puts the job back itself
 * (processDeadlineJob), so that no number of failures ever drops a deadline.
 */
export const JOB_OPTIONS: JobsOptions = { removeOnComplete: true, removeOnFail: true };

/** A stream whose deadline job is to be made to match `next` (none: no job). */
export interface StreamJob {
  id: string;
  stream?: 'generalHazard';
  next: DeadlineJob | null;
}

export interface ReconcileReport {
  cases: number;
  jobs: number;
  added: number;
  removed: number;
}

/** BullMQ's id of a stream's one deadline job (no ':', which BullMQ reserves). */
export const streamJobId = (id: string, stream?: 'generalHazard'): string =>
  `${stream === 'generalHazard' ? 'g' : 'c'}_${id}`;

const WAITING_STATES = ['delayed', 'wait', 'paused', 'prioritized'] as const;
/** An active job cannot be removed; it finishes in milliseconds and chains on by itself. */
const ACTIVE_RETRY_MS = 50;
const ACTIVE_RETRIES = 100;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Makes Redis hold exactly the deadline jobs the events call for: one job per case or general
 * hazard, its next one (the processor moves the same job on to the following one when it
 * fires). The job's id is the stream's, so its data alone says whether Redis is in sync.
 */
export class DeadlineJobScheduler {
  constructor(
    private readonly queue: Queue,
    private readonly clock: Clock,
    onError: (error: Error) => void = () => undefined,
  ) {
    // Without a listener a lost Redis connection is an unhandled 'error' that ends the process;
    // callers retry (the subscription redelivers the event).
    queue.on('error', onError);
  }

  /** One stream made to match: nothing written when Redis holds its next job already. */
  async syncStream(target: StreamJob): Promise<void> {
    await this.syncPage([target]);
  }

  /**
   * Streams made to match, with one round trip to read what Redis holds: jobs already right are
   * left alone, wrong ones replaced, missing ones added (one addBulk). Returns how many jobs
   * were added and removed.
   */
  async syncPage(page: StreamJob[]): Promise<{ added: number; removed: number }> {
    const redis = await this.redis();
    const ids = page.map(({ id, stream }) => streamJobId(id, stream));
    const read = redis.pipeline();
    ids.forEach((id) => read.hget(this.queue.toKey(id), 'data'));
    const held = ((await read.exec()) ?? []).map(([, value]) => value as string | null);
    const stale: string[] = [];
    const missing: Array<{ id: string; job: DeadlineJob }> = [];
    page.forEach(({ next }, i) => {
      const wanted = next ? JSON.stringify(storedJob(next)) : null;
      if (held[i] === wanted) return;
      if (held[i] !== null) stale.push(ids[i]);
      if (next) missing.push({ id: ids[i], job: next });
    });
    await Promise.all(stale.map((id) => this.remove(id)));
    await this.add(missing);
    return { added: missing.length, removed: stale.length };
  }

  /** The deadline job ids Redis holds waiting: a full reconciliation removes the unwanted ones. */
  async waitingJobIds(): Promise<string[]> {
    return this.queue.getRanges([...WAITING_STATES], 0, -1);
  }

  /** Jobs of streams no longer open; an active one finishes and re-checks by itself. */
  async removeJobs(ids: string[]): Promise<void> {
    await Promise.all(ids.map((id) => this.queue.remove(id)));
  }

  private async add(jobs: Array<{ id: string; job: DeadlineJob }>): Promise<void> {
    if (jobs.length === 0) return;
    // Delays count from the decision clock, so a test's clock and BullMQ agree on "due".
    const now = this.clock.now().getTime();
    await this.queue.addBulk(
      jobs.map(({ id, job }) => ({
        name: job.action,
        data: storedJob(job),
        opts: { ...JOB_OPTIONS, jobId: id, delay: Math.max(0, job.fireAt - now) },
      })),
    );
  }

  /** Removes a waiting job; one being run is waited for (it is done in milliseconds). */
  private async remove(id: string): Promise<void> {
    for (let attempt = 0; attempt < ACTIVE_RETRIES; attempt += 1) {
      if ((await this.queue.remove(id)) === 1) return;
      if ((await this.queue.getJobState(id)) !== 'active') return;
      await pause(ACTIVE_RETRY_MS);
    }
    throw new Error(`deadline job ${id} stayed active; its stream is synced again later`);
  }

  /**
   * BullMQ types its client as its own adapter interface (IRedisClient), without the
   * pipelines used here; the connection it was given, by QueueRootModule, is an ioredis Redis,
   * and nothing narrows one type to the other.
   */
  private async redis(): Promise<Redis> {
    return (await this.queue.client) as unknown as Redis;
  }
}
