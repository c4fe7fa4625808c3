import { join } from 'node:path';
import { BullModule } from '@nestjs/bullmq';
import { Inject, Module } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { QueueRootModule } from '@hazard/queue';
import type { Environment } from '@hazard/config';
import { ListNotificationsHttpController } from './list-notifications/list-notifications.http.controller';
import { NotificationInbox } from './notification-inbox';
import { NotificationsProjection } from './notifications.projection';
import { WEBHOOK_QUEUE } from './webhook/webhook-delivery';

/** The in-app inbox (`GET /api/notifications`) and the feed that fills it. */
@Module({
  imports: [QueueRootModule, BullModule.registerQueue({ name: WEBHOOK_QUEUE })],
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
    NotificationsProjection,
  ],
})
export class NotificationsModule implements OnApplicationShutdown {
  constructor(@Inject(NotificationInbox) private readonly inbox: NotificationInbox) {}

  onApplicationShutdown(): void {
    this.inbox.close();
  }
}
