import { Module } from '@nestjs/common';
import { WeeklyDigestCoreModule } from './weekly-digest-core.module';
import { WeeklyDigestHttpController } from './weekly-digest.http.controller';

/** The digest HTTP API (POST/GET /api/digests/weekly); the schedule is DigestWorkerModule. */
@Module({
  imports: [WeeklyDigestCoreModule],
  controllers: [WeeklyDigestHttpController],
})
export class DigestModule {}
