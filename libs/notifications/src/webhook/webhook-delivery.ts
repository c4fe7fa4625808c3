import type { JobsOptions } from 'bullmq';
import type { Notification } from '../notification';

export const WEBHOOK_QUEUE = 'notifications';

export const WEBHOOK_JOB_OPTIONS: JobsOptions = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 1000 },
  // Kept a week so that the same notice enqueued again (a replayed subscription) is ignored.
  removeOnComplete: { age: 7 * 24 * 3600 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

export interface WebhookDelivery {
  url: string;
  notification: Notification;
}

export const webhookJobId = (notification: Notification): string => `notify_${notification.id}`;

export class WebhookRejectedError extends Error {}

/** POSTs the notice as JSON; anything but 2xx throws, so BullMQ retries with backoff. */
export async function postToWebhook(url: string, notification: Notification): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': notification.id },
    body: JSON.stringify(notification),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) {
    throw new WebhookRejectedError(`webhook answered ${response.status} for ${notification.id}`);
  }
}
