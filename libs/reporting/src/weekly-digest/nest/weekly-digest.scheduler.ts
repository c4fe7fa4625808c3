import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Queue } from 'bullmq';
import { SCHEDULER_ACTOR } from '@hazard/domain';
import type { Environment } from '@hazard/config';
import { RedisLossDetector, upsertReportSchedule } from '@hazard/queue';
import { WeeklyDigestService } from './weekly-digest.service';
import {
  ISSUE_WEEKLY_DIGEST_JOB,
  WEEKLY_DIGEST_QUEUE,
  WEEKLY_DIGEST_SCHEDULER_ID,
} from './weekly-digest.queue';

/**
 * Keeps the Monday schedule (DIGEST_CRON in TIME_ZONE) in Redis, put back by the
 * RedisLossDetector at start-up and whenever Redis lost it, and, at start-up, makes up a run
 * missed while the system was down. Both are safe to run in every worker process.
 */
@Injectable()
export class WeeklyDigestScheduler implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(WeeklyDigestScheduler.name);

  constructor(
    @InjectQueue(WEEKLY_DIGEST_QUEUE) private readonly queue: Queue,
    private readonly digests: WeeklyDigestService,
    private readonly config: ConfigService<Environment, true>,
    private readonly detector: RedisLossDetector,
  ) {}

  onModuleInit(): void {
    this.detector.register({ name: 'weekly digest schedule', restore: () => this.schedule() });
  }

  async onApplicationBootstrap(): Promise<void> {
    // A failed catch-up must not keep the API from starting: the next Monday run, or a POST,
    // issues the week all the same.
    await this.digests.catchUp(SCHEDULER_ACTOR).catch((error: unknown) => {
      this.logger.error(`catching up the last weekly digest failed: ${String(error)}`);
    });
  }

  /** The job scheduler upserted: nothing changes when Redis holds it already. */
  private async schedule(): Promise<{ next: string | null }> {
    const pattern = this.config.get('DIGEST_CRON', { infer: true });
    const tz = this.config.get('TIME_ZONE', { infer: true });
    const next = await upsertReportSchedule(this.queue, {
      id: WEEKLY_DIGEST_SCHEDULER_ID,
      job: ISSUE_WEEKLY_DIGEST_JOB,
      pattern,
      tz,
    });
    const nextRun = next?.toISOString() ?? null;
    if (nextRun !== this.nextRun) {
      this.logger.log(
        `weekly digest scheduled "${pattern}" (${tz}); next run ${nextRun ?? 'unknown'}`,
      );
    }
    this.nextRun = nextRun;
    return { next: nextRun };
  }

  private nextRun: string | null = null;
}
