import type {
  Checkpoint,
  CheckpointedWrite,
  CheckpointStore,
  EventStore,
  Projection,
} from '@hazard/event-store';
import type { DeadlinePolicy } from '@hazard/domain';
import { INBOX_SUBSCRIBER } from './notification-inbox';
import type { NotificationInbox } from './notification-inbox';
import { isNoticeSource, notificationFor } from './notification-for-event';
import type { NoticeSource } from './notification-for-event';
import type { Notification } from './notification';
import { WEBHOOK_JOB_OPTIONS, webhookJobId } from './webhook/webhook-delivery';
import type { WebhookOutbox } from './webhook/webhook-outbox.provider';

/**
 * Feeds the inbox from the events and hands each notice to the webhook queue. The queue
 * cannot join the inbox's transaction, so a page's notices are enqueued first and stored with
 * the checkpoint after: a crash in between enqueues them again, and since notice and job ids
 * derive from the event id, each is stored and enqueued once.
 */
export class NotificationsProjection implements Projection<NoticeSource> {
  readonly name = INBOX_SUBSCRIBER;
  /** Bump when the inbox's tables change: the notices are dropped and recorded again. */
  readonly version = 1;
  readonly checkpoints: CheckpointStore;
  readonly handles = isNoticeSource;

  constructor(
    private readonly store: EventStore,
    private readonly inbox: NotificationInbox,
    private readonly webhooks: WebhookOutbox | null,
    private readonly policy: DeadlinePolicy,
  ) {
    this.checkpoints = inbox.checkpoints;
  }

  async handle(events: NoticeSource[]): Promise<CheckpointedWrite> {
    const notices: Notification[] = [];
    const replayedThrough = this.inbox.replayedThrough();
    for (const event of events) {
      const notification = await notificationFor(event, this.store, this.policy);
      if (!notification) continue;
      notices.push(notification);
      // Those were posted before the inbox was last cleared.
      if (event.position > replayedThrough) await this.post(event.type, notification);
    }
    return () => notices.forEach((notification) => this.inbox.record(notification));
  }

  truncate(previous: Checkpoint | null): CheckpointedWrite {
    return () => this.inbox.clear(previous?.position ?? null);
  }

  private async post(name: string, notification: Notification): Promise<void> {
    if (!this.webhooks) return;
    const { queue, url } = this.webhooks;
    await queue.add(
      name,
      { url, notification },
      {
        ...WEBHOOK_JOB_OPTIONS,
        jobId: webhookJobId(notification),
      },
    );
  }
}
