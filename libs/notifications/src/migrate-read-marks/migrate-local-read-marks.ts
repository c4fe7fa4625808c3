import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CLOCK } from '@hazard/domain';
import type { Clock } from '@hazard/domain';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import type { Environment } from '@hazard/config';
import { NotificationInbox } from '../notification-inbox';
import { appendNoticeRead } from '../read-marks/notice-read';

const MIGRATION_ACTOR = { userId: 'system:migration', name: 'notifications.sqlite migration' };
/** Appends in flight at once: a large inbox migrates quickly without flooding the store. */
const AT_ONCE = 32;

/**
 * Before read marks were events, each instance kept them in its own `notifications.sqlite`
 * (`notification_reads`). At start-up, each mark found there becomes a NoticeRead in its
 * reader's `inbox-<id>` stream, with the id a mark made now would have, so that the same mark
 * in the files of several instances is one event, and a start interrupted half-way appends
 * nothing twice. Once all are in, the old table is dropped: the marks come back from the
 * events, on this instance and every other.
 */
@Injectable()
export class MigrateLocalReadMarks implements OnModuleInit {
  private readonly logger = new Logger('Notifications');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly inbox: NotificationInbox,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  async onModuleInit(): Promise<void> {
    const marks = this.inbox.legacyReadMarks();
    if (marks === null) return;
    const context = {
      actor: MIGRATION_ACTOR,
      now: this.clock.now(),
      timeZone: this.config.get('TIME_ZONE', { infer: true }),
    };
    for (let i = 0; i < marks.length; i += AT_ONCE) {
      await Promise.all(
        marks.slice(i, i + AT_ONCE).map((mark) => appendNoticeRead(this.store, mark, context)),
      );
    }
    this.inbox.dropLegacyReadMarks();
    if (marks.length > 0) {
      this.logger.log(`${marks.length} read mark(s) of notifications.sqlite are now events`);
    }
  }
}
