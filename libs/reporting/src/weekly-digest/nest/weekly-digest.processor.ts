import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DelayedError } from 'bullmq';
import type { Job } from 'bullmq';
import { CLOCK, onWorkingDay, SCHEDULER_ACTOR } from '@hazard/domain';
import type { Clock } from '@hazard/domain';
import type { Environment } from '@hazard/config';
import { WeeklyDigestService } from './weekly-digest.service';
import { WEEKLY_DIGEST_QUEUE } from './weekly-digest.queue';

export interface WeeklyDigestJobResult {
  week: string;
  created: boolean;
}

/**
 * A fired schedule issues the last completed week's digest (idempotent per week); with
 * DIGEST_ON_WORKING_DAY, a run on a non-working day waits for the next working day.
 */
@Processor(WEEKLY_DIGEST_QUEUE)
export class WeeklyDigestProcessor extends WorkerHost {
  constructor(
    private readonly digests: WeeklyDigestService,
    private readonly config: ConfigService<Environment, true>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    super();
  }

  async process(job: Job, token?: string): Promise<WeeklyDigestJobResult> {
    if (this.config.get('DIGEST_ON_WORKING_DAY', { infer: true })) {
      const now = this.clock.now();
      const due = onWorkingDay(now, this.config.get('TIME_ZONE', { infer: true }));
      if (due > now) {
        await job.moveToDelayed(Date.now() + (due.getTime() - now.getTime()), token);
        throw new DelayedError();
      }
    }
    const issued = await this.digests.issue(SCHEDULER_ACTOR);
    return { week: issued.digest.week, created: issued.created };
  }
}
