import type { Job, Queue } from 'bullmq';

/** Waits for a BullMQ job to complete (or throws its failure), polling every 50 ms. */
export async function finished(queue: Queue, id: string): Promise<Job> {
  for (let attempt = 0; attempt < 400; attempt += 1) {
    const job = await queue.getJob(id);
    if (job && (await job.isCompleted())) return job;
    if (job && (await job.isFailed())) throw new Error(`job failed: ${job.failedReason}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`job ${id} did not finish`);
}
