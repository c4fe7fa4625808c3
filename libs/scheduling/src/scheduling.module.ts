import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Logger, Module } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { CLOCK } from '@hazard/domain';
import type { Clock } from '@hazard/domain';
import { QueueRootModule } from '@hazard/queue';
import { DeadlineJobScheduler, DEADLINES_QUEUE } from './deadline-job.scheduler';
import { DeadlineReconciler } from './deadline.reconciler';

/** The deadline queue and reconciliation, without processors: what the admin CLI needs. */
@Module({
  imports: [QueueRootModule, BullModule.registerQueue({ name: DEADLINES_QUEUE })],
  providers: [
    {
      provide: DeadlineJobScheduler,
      inject: [getQueueToken(DEADLINES_QUEUE), CLOCK],
      useFactory: (queue: Queue, clock: Clock) => {
        const logger = new Logger(DeadlineJobScheduler.name);
        return new DeadlineJobScheduler(queue, clock, (error) =>
          logger.warn(`deadline queue: ${error.message}`),
        );
      },
    },
    DeadlineReconciler,
  ],
  exports: [DeadlineJobScheduler, DeadlineReconciler],
})
export class DeadlineSchedulingModule {}
