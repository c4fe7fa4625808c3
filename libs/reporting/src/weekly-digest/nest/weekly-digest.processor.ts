import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { SCHEDULER_ACTOR } from '@hazard/domain';
import { WeeklyDigestService } from './weekly-digest.service';
import { WEEKLY_DIGEST_QUEUE } from './weekly-digest.queue';

export interface WeeklyDigestJobResult {
  week: string;
  created: boolean;
}

/** A fired schedule issues the last completed week's digest (idempotent per week). */
@Processor(WEEKLY_DIGEST_QUEUE)
export class WeeklyDigestProcessor extends WorkerHost {
  constructor(private readonly digests: WeeklyDigestService) {
    super();
  }

  async process(_job: Job): Promise<WeeklyDigestJobResult> {
    const issued = await this.digests.issue(SCHEDULER_ACTOR);
    return { week: issued.digest.week, created: issued.created };
  }
}
