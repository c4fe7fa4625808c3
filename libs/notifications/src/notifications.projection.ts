import { Inject, Injectable } from '@nestjs/common';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { DEADLINE_POLICY } from '@hazard/domain';
import type { DeadlinePolicy } from '@hazard/domain';
import { checkpointedSubscription, EVENT_STORE } from '@hazard/event-store';
import type { EventStore, RecordedEvent, Subscription } from '@hazard/event-store';
import { INBOX_REPLAYED_THROUGH, INBOX_SUBSCRIBER, NotificationInbox } from './notification-inbox';
import { notificationFor } from './notification-for-event';
import { WEBHOOK_JOB_OPTIONS, webhookJobId } from './webhook/webhook-delivery';
import { closeWebhookOutbox, WEBHOOK_OUTBOX } from './webhook/webhook-outbox.provider';
import type { WebhookOutbox } from './webhook/webhook-outbox.provider';

/**
 * Feeds the inbox from the events and hands each notice to the webhook queue. Ids derive
 * from the event id, so at-least-once delivery stores and enqueues each notice once.
 */
@Injectable()
export class NotificationsProjection implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private subscription: Subscription | null = null;
  /** Notices up to here reached the webhook before the inbox was rebuilt. */
  private replayedThrough = -1n;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly inbox: NotificationInbox,
    @Inject(WEBHOOK_OUTBOX) private readonly webhooks: WebhookOutbox | null,
    @Inject(DEADLINE_POLICY) private readonly policy: DeadlinePolicy,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.replayedThrough = (await this.inbox.checkpoints.load(INBOX_REPLAYED_THROUGH)) ?? -1n;
    this.subscription = await checkpointedSubscription(
      this.store,
      this.inbox.checkpoints,
      INBOX_SUBSCRIBER,
      (event) => this.handle(event),
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
    await closeWebhookOutbox(this.webhooks);
  }

  private async handle(event: RecordedEvent): Promise<void> {
    const notification = await notificationFor(event, this.store, this.policy);
    if (!notification) return;
    this.inbox.record(notification);
    if (this.webhooks && event.position > this.replayedThrough) {
      const { queue, url } = this.webhooks;
      await queue.add(
        event.type,
        { url, notification },
        {
          ...WEBHOOK_JOB_OPTIONS,
          jobId: webhookJobId(notification),
        },
      );
    }
  }
}
