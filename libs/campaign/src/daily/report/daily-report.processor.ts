import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { SCHEDULER_ACTOR } from '@hazard/domain';
import { DailyReportService } from './daily-report.service';
import { DAILY_REPORT_QUEUE } from './daily-report.queue';

/** A fired schedule issues today's report (idempotent per day). */
@Processor(DAILY_REPORT_QUEUE)
export class DailyReportProcessor extends WorkerHost {
  constructor(private readonly reports: DailyReportService) {
    super();
  }

  async process(_job: Job): Promise<{ date: string; created: boolean }> {
    const issued = await this.reports.issue(SCHEDULER_ACTOR);
    return { date: issued.report.date, created: issued.created };
  }
}
