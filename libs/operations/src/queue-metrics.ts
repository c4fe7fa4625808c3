import { Gauge } from 'prom-client';
import type { Queue } from 'bullmq';
import { metricsRegistry } from '@hazard/observability';

const STATES = ['waiting', 'delayed', 'active', 'failed', 'prioritized', 'paused'] as const;
const TIMEOUT_MS = 1000;
export const QUEUE_JOBS_METRIC = 'hazard_queue_jobs';

const withinTimeout = <T>(work: Promise<T>): Promise<T> =>
  Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('Redis did not answer')), TIMEOUT_MS).unref(),
    ),
  ]);

/**
 * Jobs per queue and state, read from Redis at each scrape; a queue Redis does not answer for
 * within a second has no series in that scrape (alert on its absence).
 */
export function queueJobsGauge(queues: Queue[]): Gauge<'queue' | 'state'> {
  // One per process; a second app in the same process (a test's replica) takes it over.
  metricsRegistry.removeSingleMetric(QUEUE_JOBS_METRIC);
  return new Gauge({
    name: QUEUE_JOBS_METRIC,
    help: 'Jobs in a queue by state (waiting, delayed, active, failed, prioritized, paused)',
    labelNames: ['queue', 'state'] as const,
    registers: [metricsRegistry],
    async collect() {
      this.reset();
      await Promise.all(
        queues.map(async (queue) => {
          const counts = await withinTimeout(queue.getJobCounts(...STATES)).catch(() => null);
          for (const state of STATES) {
            if (counts) this.set({ queue: queue.name, state }, counts[state] ?? 0);
          }
        }),
      );
    },
  });
}
