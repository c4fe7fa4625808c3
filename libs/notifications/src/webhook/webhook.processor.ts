import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { BeforeApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Job } from 'bullmq';
import type { Environment } from '@hazard/config';
import type { DeadlineNotification } from '../notification';
import { postToWebhook, WEBHOOK_QUEUE } from './webhook-delivery';

/** Delivers deadline notices to NOTIFY_WEBHOOK_URL. */
@Processor(WEBHOOK_QUEUE, { concurrency: 4 })
export class WebhookProcessor extends WorkerHost implements BeforeApplicationShutdown {
  constructor(private readonly config: ConfigService<Environment, true>) {
    super();
  }

  /** Lets a POST in flight finish; an unfinished one would be retried anyway. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }

  async process(job: Job<DeadlineNotification>): Promise<'delivered' | 'noWebhook'> {
    const url = this.config.get('NOTIFY_WEBHOOK_URL', { infer: true });
    if (!url) return 'noWebhook';
    await postToWebhook(url, job.data);
    return 'delivered';
  }
}
