import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Queue } from 'bullmq';
import { SCHEDULER_ACTOR } from '@hazard/domain';
import type { Environment } from '@hazard/config';
import { RedisLossDetector, upsertReportSchedule } from '@hazard/queue';
import { DailyReportService } from './daily-report.service';
import {
  DAILY_REPORT_QUEUE,
  DAILY_REPORT_SCHEDULER_ID,
  ISSUE_DAILY_REPORT_JOB,
} from './daily-report.queue';

/**
 * Keeps the evening schedule (DAILY_REPORT_CRON in TIME_ZONE) in Redis, put back by the
 * RedisLossDetector at start-up and whenever Redis lost it, and, at start-up, makes up the
 * last run if it was missed while the system was down. Safe in every worker process.
 */
@Injectable()
export class DailyReportScheduler implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(DailyReportScheduler.name);

  constructor(
    @InjectQueue(DAILY_REPORT_QUEUE) private readonly queue: Queue,
    private readonly reports: DailyReportService,
    private readonly config: ConfigService<Environment, true>,
    private readonly detector: RedisLossDetector,
  ) {}

  onModuleInit(): void {
    this.detector.register({ name: 'daily report schedule', restore: () => this.schedule() });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.reports.catchUp(SCHEDULER_ACTOR).catch((error: unknown) => {
      this.logger.error(`catching up the last daily report failed: ${String(error)}`);
    });
  }

  /** The job scheduler upserted: nothing changes when Redis holds it already. */
  private async schedule(): Promise<{ next: string | null }> {
    const pattern = this.config.get('DAILY_REPORT_CRON', { infer: true });
    const tz = this.config.get('TIME_ZONE', { infer: true });
    const next = await upsertReportSchedule(this.queue, {
      id: DAILY_REPORT_SCHEDULER_ID,
      job: ISSUE_DAILY_REPORT_JOB,
      pattern,
      tz,
    });
    const nextRun = next?.toISOString() ?? null;
    if (nextRun !== this.nextRun) {
      this.logger.log(
        `daily report scheduled "${pattern}" (${tz}); next run ${nextRun ?? 'unknown'}`,
      );
    }
    this.nextRun = nextRun;
    return { next: nextRun };
  }

  private nextRun: string | null = null;
}
