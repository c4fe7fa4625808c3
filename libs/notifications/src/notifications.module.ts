import { join } from 'node:path';
import { Inject, Module } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Environment } from '@hazard/config';
import { ListNotificationsHttpController } from './list-notifications/list-notifications.http.controller';
import { NotificationInbox } from './notification-inbox';
import { NotificationsProjection } from './notifications.projection';
import { webhookOutboxProvider } from './webhook/webhook-outbox.provider';

/** The in-app inbox (`GET /api/notifications`) and the feed that fills it. */
@Module({
  controllers: [ListNotificationsHttpController],
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
    NotificationsProjection,
  ],
})
export class NotificationsModule implements OnApplicationShutdown {
  constructor(@Inject(NotificationInbox) private readonly inbox: NotificationInbox) {}

  onApplicationShutdown(): void {
    this.inbox.close();
  }
}
