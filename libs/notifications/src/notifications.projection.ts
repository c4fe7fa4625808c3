import type {
  Checkpoint,
  CheckpointedWrite,
  CheckpointStore,
  EventStore,
  Projection,
  RecordedEvent,
} from '@hazard/event-store';
import { INBOX_SUBSCRIBER } from './notification-inbox';
import type { NotificationInbox } from './notification-inbox';
import { isNoticeSource, notificationFor } from './notification-for-event';
import type { NoticeSettings, NoticeSource } from './notification-for-event';
import type { Notification } from './notification';
import { inboxStream } from './read-marks/notice-read';
import type { NoticeReadEvent, ReadMark } from './read-marks/notice-read';
import { WEBHOOK_JOB_OPTIONS, webhookJobId } from './webhook/webhook-delivery';
import type { WebhookOutbox } from './webhook/webhook-outbox.provider';

type InboxSource = NoticeSource | NoticeReadEvent;

const isInboxSource = (event: RecordedEvent): event is InboxSource =>
  isNoticeSource(event) || inboxStream.holds(event);

/**
 * Feeds the inbox from the events and hands each notice to the webhook queue; the readers'
 * NoticeRead events become their read marks. The queue cannot join the inbox's transaction,
 * so a page's notices are enqueued first and stored with the checkpoint after: a crash in
 * between enqueues them again, and since notice and job ids derive from the event id, each is
 * stored and enqueued once.
 */
export class NotificationsProjection implements Projection<InboxSource> {
  readonly name = INBOX_SUBSCRIBER;
  /** Bump when the inbox's tables change: notices and marks are dropped and recorded again. */
  readonly version = 1;
  readonly checkpoints: CheckpointStore;
  readonly handles = isInboxSource;

  constructor(
    private readonly store: EventStore,
    private readonly inbox: NotificationInbox,
    private readonly webhooks: WebhookOutbox | null,
    private readonly settings: NoticeSettings,
  ) {
    this.checkpoints = inbox.checkpoints;
  }

  async handle(events: InboxSource[]): Promise<CheckpointedWrite> {
    const notices: Notification[] = [];
    const reads: ReadMark[] = [];
    const replayedThrough = this.inbox.replayedThrough();
    for (const event of events) {
      if (inboxStream.holds(event)) {
        const userId = inboxStream.idOf(event.streamId);
        if (userId !== null) reads.push({ userId, noticeId: event.data.noticeId });
        continue;
      }
      const notification = await notificationFor(event, this.store, this.settings);
      if (!notification) continue;
      notices.push(notification);
      // Those were posted before the inbox was last cleared.
      if (event.position > replayedThrough) {
        await this.post(event.type, notification, String(event.metadata.correlationId ?? event.id));
      }
    }
    return () => {
      notices.forEach((notification) => this.inbox.record(notification));
      reads.forEach((mark) => this.inbox.recordRead(mark));
    };
  }

  truncate(previous: Checkpoint | null): CheckpointedWrite {
    return () => this.inbox.clear(previous?.position ?? null);
  }

  private async post(
    name: string,
    notification: Notification,
    correlationId: string,
  ): Promise<void> {
    if (!this.webhooks) return;
    const { queue, url } = this.webhooks;
    await queue.add(
      name,
      { url, notification, correlationId },
      {
        ...WEBHOOK_JOB_OPTIONS,
        jobId: webhookJobId(notification),
      },
    );
  }
}
