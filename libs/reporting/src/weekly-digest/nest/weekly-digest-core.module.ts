import { Module } from '@nestjs/common';
import { WeeklyDigestService } from './weekly-digest.service';

/** Issuing and reading digests, without HTTP or queues: what the CLI needs. */
@Module({
  providers: [WeeklyDigestService],
  exports: [WeeklyDigestService],
})
export class WeeklyDigestCoreModule {}
