import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CLOCK } from '@hazard/domain';
import type { Actor, Clock } from '@hazard/domain';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore, ProjectionRunner } from '@hazard/event-store';
import type { Environment } from '@hazard/config';
import { INBOX_RUNNER } from '../inbox-runner';
import { NotificationInbox } from '../notification-inbox';
import { appendNoticeRead } from '../read-marks/notice-read';

/** A reader marks a notice of their inbox read, for every instance. */
@Injectable()
export class MarkNoticeRead {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(INBOX_RUNNER) private readonly inboxRunner: ProjectionRunner,
    private readonly inbox: NotificationInbox,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  /**
   * False when the notice is not in the actor's inbox on this instance. Else the mark is in
   * the event store, and in this instance's inbox, when it returns (other instances show it
   * within their projection's lag); a notice already read appends nothing.
   */
  async markRead(actor: Actor, noticeId: string): Promise<boolean> {
    if (!this.inbox.canSee(actor, noticeId)) return false;
    const mark = { userId: actor.userId, noticeId };
    if (this.inbox.isRead(mark)) return true;
    const position = await appendNoticeRead(this.store, mark, {
      actor: { userId: actor.userId, name: actor.name },
      now: this.clock.now(),
      timeZone: this.config.get('TIME_ZONE', { infer: true }),
    });
    await this.inboxRunner.reached(position);
    return true;
  }
}
