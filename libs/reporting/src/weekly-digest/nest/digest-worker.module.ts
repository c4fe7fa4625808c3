import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueRootModule } from '@hazard/queue';
import { WeeklyDigestCoreModule } from './weekly-digest-core.module';
import { WeeklyDigestProcessor } from './weekly-digest.processor';
import { WeeklyDigestScheduler } from './weekly-digest.scheduler';
import { WEEKLY_DIGEST_QUEUE } from './weekly-digest.queue';

/**
 * The Monday schedule, its processor and the start-up catch-up: imported by apps/worker
 * (distributed mode) and, through DigestModule, by the API when RUN_WORKERS is on.
 */
@Module({
  imports: [
    WeeklyDigestCoreModule,
    QueueRootModule,
    BullModule.registerQueue({ name: WEEKLY_DIGEST_QUEUE }),
  ],
  providers: [WeeklyDigestProcessor, WeeklyDigestScheduler],
})
export class DigestWorkerModule {}
