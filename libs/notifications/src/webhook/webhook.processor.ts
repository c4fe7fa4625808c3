import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { BeforeApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Job } from 'bullmq';
import type { Environment } from '@hazard/config';
import { withCorrelationId } from '@hazard/observability';
import { postToWebhook, WEBHOOK_QUEUE } from './webhook-delivery';
import type { WebhookDelivery } from './webhook-delivery';

/**
 * Delivers deadline and digest notices to the webhook named in each job (NOTIFY_WEBHOOK_URL),
 * signed with this process's NOTIFY_WEBHOOK_SECRET: the secret never travels through Redis.
 */
@Processor(WEBHOOK_QUEUE, { concurrency: 4 })
export class WebhookProcessor extends WorkerHost implements BeforeApplicationShutdown {
  private readonly logger = new Logger(WebhookProcessor.name);
  private readonly secret: string | undefined;

  constructor(config: ConfigService<Environment, true>) {
    super();
    this.secret = config.get('NOTIFY_WEBHOOK_SECRET', { infer: true });
  }

  /** Lets a POST in flight finish; an unfinished one would be retried anyway. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }

  process(job: Job<WebhookDelivery>): Promise<'delivered'> {
    return withCorrelationId(job.data.correlationId, async () => {
      await postToWebhook(job.data.url, job.data.notification, this.secret);
      return 'delivered' as const;
    });
  }

  /** Each failed attempt is a warning; the last one leaves the job failed in the queue view. */
  @OnWorkerEvent('failed')
  failed(job: Job<WebhookDelivery> | undefined, error: Error): void {
    if (!job) return;
    const attempts = job.opts.attempts ?? 1;
    const next = job.attemptsMade < attempts ? 'will retry' : 'gave up (retry it in /admin/queues)';
    withCorrelationId(job.data.correlationId, () =>
      this.logger.warn(
        `webhook delivery ${job.id} failed (attempt ${job.attemptsMade} of ${attempts}): ${error.message}; ${next}`,
      ),
    );
  }
}
