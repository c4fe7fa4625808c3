import { Module } from '@nestjs/common';
import { ConditionalModule } from '@nestjs/config';
import { DigestWorkerModule } from './digest-worker.module';
import { WeeklyDigestCoreModule } from './weekly-digest-core.module';
import { WeeklyDigestHttpController } from './weekly-digest.http.controller';

/** The digest HTTP API (POST/GET /api/digests/weekly), plus the worker when RUN_WORKERS is on. */
@Module({
  imports: [
    WeeklyDigestCoreModule,
    ConditionalModule.registerWhen(DigestWorkerModule, 'RUN_WORKERS'),
  ],
  controllers: [WeeklyDigestHttpController],
})
export class DigestModule {}
