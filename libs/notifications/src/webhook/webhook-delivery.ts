import type { JobsOptions } from 'bullmq';
import { Webhook } from 'standardwebhooks';
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
  /** Of the request (or job) whose event called for the notice; absent on older jobs. */
  correlationId?: string;
}

export const webhookJobId = (notification: Notification): string => `notify_${notification.id}`;

export class WebhookRejectedError extends Error {}

/**
 * The Standard Webhooks headers of one attempt: the notice's id (the same on every retry, so
 * a receiver can drop a repeat), the time of the attempt, and the HMAC-SHA256 of
 * `id.timestamp.body` with the secret. None without a secret.
 */
function signatureHeaders(
  secret: string | undefined,
  id: string,
  body: string,
  now = new Date(),
): Record<string, string> {
  if (!secret) return {};
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(id, now, body),
  };
}

/**
 * POSTs the notice as JSON, signed when there is a secret; anything but 2xx throws, so
 * BullMQ retries with backoff.
 */
export async function postToWebhook(
  url: string,
  notification: Notification,
  secret?: string,
): Promise<void> {
  const body = JSON.stringify(notification);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': notification.id,
      ...signatureHeaders(secret, notification.id, body),
    },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) {
    throw new WebhookRejectedError(`webhook answered ${response.status} for ${notification.id}`);
  }
}
