import { join } from 'node:path';
import { Inject, Module } from '@nestjs/common';
import { DEADLINE_POLICY } from '@hazard/domain';
import type { DeadlinePolicy } from '@hazard/domain';
import type { OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Environment } from '@hazard/config';
import { projectionRunnerProvider } from '@hazard/event-store';
import { INBOX_RUNNER } from './inbox-runner';
import { ListNotificationsHttpController } from './list-notifications/list-notifications.http.controller';
import { MarkNoticeReadHttpController } from './mark-notice-read/mark-notice-read.http.controller';
import { MarkNoticeRead } from './mark-notice-read/mark-notice-read.service';
import { MigrateLocalReadMarks } from './migrate-read-marks/migrate-local-read-marks';
import { NotificationInbox } from './notification-inbox';
import { NotificationsProjection } from './notifications.projection';
import {
  closeWebhookOutbox,
  WEBHOOK_OUTBOX,
  webhookOutboxProvider,
} from './webhook/webhook-outbox.provider';
import type { WebhookOutbox } from './webhook/webhook-outbox.provider';

/** The in-app inbox (`GET /api/notifications`, read marks) and the feed that fills it. */
@Module({
  controllers: [ListNotificationsHttpController, MarkNoticeReadHttpController],
  providers: [
    {
      provide: NotificationInbox,
      inject: [ConfigService],
      useFactory: (config: ConfigService<Environment, true>) =>
        new NotificationInbox(
          join(config.get('DATA_DIR', { infer: true }), 'notifications.sqlite'),
        ),
    },
    webhookOutboxProvider,
    projectionRunnerProvider({
      provide: INBOX_RUNNER,
      inject: [NotificationInbox, WEBHOOK_OUTBOX, DEADLINE_POLICY, ConfigService],
      useFactory: (
        store,
        inbox: NotificationInbox,
        webhooks: WebhookOutbox | null,
        policy: DeadlinePolicy,
        config: ConfigService<Environment, true>,
      ) =>
        new NotificationsProjection(store, inbox, webhooks, {
          policy,
          dailyReportRecipients: config.get('DAILY_REPORT_RECIPIENTS', { infer: true }),
        }),
    }),
    MarkNoticeRead,
    MigrateLocalReadMarks,
  ],
})
export class NotificationsModule implements OnApplicationShutdown {
  constructor(
    @Inject(NotificationInbox) private readonly inbox: NotificationInbox,
    @Inject(WEBHOOK_OUTBOX) private readonly webhooks: WebhookOutbox | null,
  ) {}

  /** After every provider's hook: the feed has stopped handing notices over by now. */
  async onApplicationShutdown(): Promise<void> {
    await closeWebhookOutbox(this.webhooks);
    this.inbox.close();
  }
}
