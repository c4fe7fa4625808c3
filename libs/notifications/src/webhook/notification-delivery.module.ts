import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueRootModule } from '@hazard/queue';
import { WEBHOOK_QUEUE } from './webhook-delivery';
import { WebhookProcessor } from './webhook.processor';

/** The webhook worker; runs wherever the deadline processors run. */
@Module({
  imports: [QueueRootModule, BullModule.registerQueue({ name: WEBHOOK_QUEUE })],
  providers: [WebhookProcessor],
})
export class NotificationDeliveryModule {}
