import { Module } from '@nestjs/common';
import { NotificationDeliveryModule } from '@hazard/notifications';
import { DeadlineProcessor } from './deadline.processor';
import { DeadlineSchedulingSubscription } from './deadline-scheduling.subscription';
import { DeadlineSchedulingModule } from './scheduling.module';

/**
 * The processors and the scheduling subscription: run alone by apps/worker (distributed
 * mode) or inside the API process when RUN_WORKERS is on (embedded mode).
 */
@Module({
  imports: [DeadlineSchedulingModule, NotificationDeliveryModule],
  providers: [DeadlineProcessor, DeadlineSchedulingSubscription],
})
export class SchedulingWorkerModule {}
