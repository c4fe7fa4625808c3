import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueRootModule } from '@hazard/queue';
import { DailyCoreModule } from './daily-core.module';
import { DailyReportProcessor } from './report/daily-report.processor';
import { DAILY_REPORT_QUEUE } from './report/daily-report.queue';
import { DailyReportScheduler } from './report/daily-report.scheduler';

/** The evening schedule of the daily report, its processor and the start-up catch-up. */
@Module({
  imports: [
    DailyCoreModule,
    QueueRootModule,
    BullModule.registerQueue({ name: DAILY_REPORT_QUEUE }),
  ],
  providers: [DailyReportProcessor, DailyReportScheduler],
})
export class DailyWorkerModule {}
