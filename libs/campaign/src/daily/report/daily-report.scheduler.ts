import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Queue } from 'bullmq';
import { SCHEDULER_ACTOR } from '@hazard/domain';
import type { Environment } from '@hazard/config';
import { DailyReportService } from './daily-report.service';
import {
  DAILY_REPORT_QUEUE,
  DAILY_REPORT_SCHEDULER_ID,
  ISSUE_DAILY_REPORT_JOB,
} from './daily-report.queue';

/**
 * Keeps the evening schedule (DAILY_REPORT_CRON in TIME_ZONE) in Redis and, at start-up, makes
 * up the last run if it was missed while the system was down. Safe in every worker process.
 */
@Injectable()
export class DailyReportScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(DailyReportScheduler.name);

  constructor(
    @InjectQueue(DAILY_REPORT_QUEUE) private readonly queue: Queue,
    private readonly reports: DailyReportService,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.reports.catchUp(SCHEDULER_ACTOR).catch((error: unknown) => {
      this.logger.error(`catching up the last daily report failed: ${String(error)}`);
    });
    const pattern = this.config.get('DAILY_REPORT_CRON', { infer: true });
    const tz = this.config.get('TIME_ZONE', { infer: true });
    await this.queue.upsertJobScheduler(
      DAILY_REPORT_SCHEDULER_ID,
      { pattern, tz },
      {
        name: ISSUE_DAILY_REPORT_JOB,
        data: {},
        opts: {
          attempts: 5,
          backoff: { type: 'exponential', delay: 60_000 },
          removeOnComplete: 50,
          removeOnFail: 50,
        },
      },
    );
    const next = (await this.queue.getJobScheduler(DAILY_REPORT_SCHEDULER_ID))?.next;
    this.logger.log(
      `daily report scheduled "${pattern}" (${tz}); next run ${next ? new Date(next).toISOString() : 'unknown'}`,
    );
  }
}
