import { Logger } from '@nestjs/common';
import type { Provider } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Queue } from 'bullmq';
import type { Environment } from '@hazard/config';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import { ensureInstallId, namespaceOf, redisOptionsFromUrl } from '@hazard/queue';
import { WEBHOOK_QUEUE } from './webhook-delivery';
import type { WebhookDelivery } from './webhook-delivery';

export const WEBHOOK_OUTBOX = Symbol('WEBHOOK_OUTBOX');

/** Where notices go: the webhook URL travels in each job, so a worker needs no setting of its own. */
export interface WebhookOutbox {
  queue: Queue<WebhookDelivery>;
  url: string;
}

/**
 * The queue notices are handed to for the webhook, or null without NOTIFY_WEBHOOK_URL: the
 * inbox alone then needs no Redis connection.
 */
export const webhookOutboxProvider: Provider = {
  provide: WEBHOOK_OUTBOX,
  inject: [ConfigService, EVENT_STORE],
  useFactory: async (
    config: ConfigService<Environment, true>,
    store: EventStore,
  ): Promise<WebhookOutbox | null> => {
    const url = config.get('NOTIFY_WEBHOOK_URL', { infer: true });
    if (!url) return null;
    const redisUrl = config.get('REDIS_URL', { infer: true });
    // Under this install's prefix, where its webhook worker takes the deliveries from.
    const { prefix } = namespaceOf(
      await ensureInstallId(store),
      redisUrl,
      config.get('REDIS_PREFIX', { infer: true }),
    );
    const queue = new Queue<WebhookDelivery>(WEBHOOK_QUEUE, {
      connection: redisOptionsFromUrl(redisUrl),
      prefix,
    });
    // Without a listener a lost Redis connection is an unhandled 'error' that ends the
    // process; the subscription hands the notice over again once Redis is back.
    const logger = new Logger('WebhookOutbox');
    queue.on('error', (error) => logger.warn(`webhook queue: ${error.message}`));
    return { queue, url };
  },
};

/** Closes the queue; waits for it to be ready first, as BullMQ mishandles closing earlier. */
export async function closeWebhookOutbox(outbox: WebhookOutbox | null): Promise<void> {
  if (!outbox) return;
  await outbox.queue.waitUntilReady().catch(() => undefined);
  await outbox.queue.close();
}
