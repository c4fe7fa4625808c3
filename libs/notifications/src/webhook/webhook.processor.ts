import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { BeforeApplicationShutdown } from '@nestjs/common';
import type { Job } from 'bullmq';
import { postToWebhook, WEBHOOK_QUEUE } from './webhook-delivery';
import type { WebhookDelivery } from './webhook-delivery';

/** Delivers deadline and digest notices to the webhook named in each job (NOTIFY_WEBHOOK_URL). */
@Processor(WEBHOOK_QUEUE, { concurrency: 4 })
export class WebhookProcessor extends WorkerHost implements BeforeApplicationShutdown {
  /** Lets a POST in flight finish; an unfinished one would be retried anyway. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }

  async process(job: Job<WebhookDelivery>): Promise<'delivered'> {
    await postToWebhook(job.data.url, job.data.notification);
    return 'delivered';
  }
}
