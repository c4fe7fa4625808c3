import type { Queue } from 'bullmq';

export interface ReportSchedule {
  /** The job scheduler's id: upserting it again (every start-up) replaces, never duplicates. */
  id: string;
  job: string;
  /** Cron pattern, read in `tz`. */
  pattern: string;
  tz: string;
}

/**
 * Keeps a report's schedule (the weekly digest's, the daily report's) in Redis as a BullMQ job
 * scheduler with an explicit time zone; returns the time of its next run, if known.
 */
export async function upsertReportSchedule(
  queue: Queue,
  { id, job, pattern, tz }: ReportSchedule,
): Promise<Date | null> {
  await queue.upsertJobScheduler(
    id,
    { pattern, tz },
    {
      name: job,
      data: {},
      opts: {
        attempts: 5,
        backoff: { type: 'exponential', delay: 60_000 },
        removeOnComplete: 50,
        removeOnFail: 50,
      },
    },
  );
  const next = (await queue.getJobScheduler(id))?.next;
  return next ? new Date(next) : null;
}
