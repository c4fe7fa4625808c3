import type { JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Clock } from '@hazard/domain';
import type { DeadlineJob } from './deadline-jobs';

export const DEADLINES_QUEUE = 'deadlines';
/**
 * Jobs run this many at a time per worker. A job mostly waits for the event store's fsync,
 * and concurrent appends share one (group commit), so many at once is what keeps up.
 */
export const DEADLINES_CONCURRENCY = 32;

const JOB_OPTIONS: JobsOptions = {
  // Gone once done, so a job id can be scheduled again by reconciliation if ever needed.
  removeOnComplete: true,
  removeOnFail: true,
  // A lost race with a user's command (409) or a store hiccup: try again shortly.
  attempts: 8,
  backoff: { type: 'exponential', delay: 500 },
};

export interface CaseJobs {
  caseId: string;
  jobs: DeadlineJob[];
}

export interface ReconcileReport {
  cases: number;
  jobs: number;
  added: number;
  removed: number;
}

/** Deadline jobs waiting in these lists can be removed; an active one finishes and re-checks. */
const WAITING_STATES = ['delayed', 'wait', 'paused', 'prioritized'] as const;
const CHUNK = 1000;

/**
 * Makes Redis hold exactly the deadline jobs the events call for. Each case's job ids are
 * also kept in a set, so that the jobs a case no longer needs can be found and removed.
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

  async syncCase(caseId: string, jobs: DeadlineJob[]): Promise<void> {
    const redis = await this.redis();
    const key = this.indexKey(caseId);
    const wanted = new Set(jobs.map((job) => job.jobId));
    const known = await redis.smembers(key);
    await this.remove(known.filter((id) => !wanted.has(id)));
    await this.add(jobs);
    const index = redis.multi().del(key);
    if (wanted.size > 0) index.sadd(key, ...wanted);
    await index.exec();
  }

  /**
   * Start of a full reconciliation: the deadline job ids Redis holds now. Whatever of these
   * no open case wants is removed at the end.
   */
  async waitingJobIds(): Promise<Set<string>> {
    const ids = await this.queue.getRanges([...WAITING_STATES], 0, -1);
    return new Set(ids.filter((id) => id.startsWith('deadline_')));
  }

  /** One page of a reconciliation: adds what is missing and rewrites the cases' indexes. */
  async reconcilePage(page: CaseJobs[], existing: Set<string>): Promise<number> {
    const missing = page.flatMap(({ jobs }) => jobs).filter((job) => !existing.has(job.jobId));
    const redis = await this.redis();
    const index = redis.pipeline();
    for (const { caseId, jobs } of page) {
      const key = this.indexKey(caseId);
      index.del(key);
      if (jobs.length > 0) index.sadd(key, ...jobs.map((job) => job.jobId));
    }
    await Promise.all([this.add(missing), index.exec()]);
    return missing.length;
  }

  /** End of a reconciliation: removes stale jobs, and the indexes of cases no longer open. */
  async removeStale(ids: string[], openCases: Set<string>): Promise<void> {
    for (let i = 0; i < ids.length; i += CHUNK) await this.remove(ids.slice(i, i + CHUNK));
    const redis = await this.redis();
    const prefix = this.indexKey('');
    const keys = redis.scanStream({ match: `${prefix}*`, count: CHUNK });
    for await (const batch of keys as AsyncIterable<string[]>) {
      const closed = batch.filter((key) => !openCases.has(key.slice(prefix.length)));
      if (closed.length > 0) await redis.del(...closed);
    }
  }

  private async add(jobs: DeadlineJob[]): Promise<void> {
    if (jobs.length === 0) return;
    // Delays count from the decision clock, so a test's clock and BullMQ agree on "due".
    const now = this.clock.now().getTime();
    await this.queue.addBulk(
      jobs.map((job) => ({
        name: job.action,
        data: job,
        opts: { ...JOB_OPTIONS, jobId: job.jobId, delay: Math.max(0, job.fireAt - now) },
      })),
    );
  }

  private async remove(ids: string[]): Promise<void> {
    await Promise.all(ids.map((id) => this.queue.remove(id)));
  }

  /**
   * BullMQ types its client as its own adapter interface (IRedisClient), without the commands
   * used here (sets, MULTI, SCAN streams); the connection it was given, by QueueRootModule, is
   * an ioredis Redis, and nothing narrows one type to the other.
   */
  private async redis(): Promise<Redis> {
    return (await this.queue.client) as unknown as Redis;
  }

  private indexKey(caseId: string): string {
    return `${this.queue.opts.prefix ?? 'bull'}:${this.queue.name}-by-case:${caseId}`;
  }
}
