import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { ConditionalModule } from '@nestjs/config';
import { DigestWorkerModule } from './digest-worker.module';
import { WeeklyDigestCoreModule } from './weekly-digest-core.module';
import { WeeklyDigestHttpController } from './weekly-digest.http.controller';

/** The digest HTTP API (POST/GET /api/digests/weekly), plus the worker when RUN_WORKERS is on. */
@Module({})
export class DigestModule {
  /**
   * A method, not static metadata: ConditionalModule waits for the validated environment, so
   * it must only be asked by an app that loads ConfigModule, not by whoever imports this lib.
   */
  static forRoot(): DynamicModule {
    return {
      module: DigestModule,
      imports: [
        WeeklyDigestCoreModule,
        ConditionalModule.registerWhen(DigestWorkerModule, 'RUN_WORKERS'),
      ],
      controllers: [WeeklyDigestHttpController],
    };
  }
}
