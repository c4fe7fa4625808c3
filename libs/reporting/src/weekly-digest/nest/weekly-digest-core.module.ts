import { Inject, Module } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type Database from 'better-sqlite3';
import { DEADLINE_POLICY } from '@hazard/domain';
import type { DeadlinePolicy } from '@hazard/domain';
import type { Environment } from '@hazard/config';
import { projectionRunnerProvider } from '@hazard/event-store';
import {
  DIGEST_TIMELINE_DB,
  DIGEST_TIMELINE_RUNNER,
  openDigestTimelineDatabase,
} from '../timeline/digest-timeline-database';
import { DigestTimelineProjection } from '../timeline/digest-timeline.projection';
import { DigestTimelineReader } from './digest-timeline.reader';
import { WeeklyDigestService } from './weekly-digest.service';

/**
 * Issuing and reading digests, without HTTP or queues: what the CLI needs. Every process that
 * computes digests (API, worker, CLI) follows the events into its digest timeline.
 */
@Module({
  providers: [
    {
      provide: DIGEST_TIMELINE_DB,
      inject: [ConfigService],
      useFactory: (config: ConfigService<Environment, true>) =>
        openDigestTimelineDatabase(config.get('DATA_DIR', { infer: true })),
    },
    projectionRunnerProvider({
      provide: DIGEST_TIMELINE_RUNNER,
      inject: [DIGEST_TIMELINE_DB, DEADLINE_POLICY],
      useFactory: (_store, db: Database.Database, policy: DeadlinePolicy) =>
        new DigestTimelineProjection(db, policy),
    }),
    DigestTimelineReader,
    WeeklyDigestService,
  ],
  exports: [WeeklyDigestService],
})
export class WeeklyDigestCoreModule implements OnApplicationShutdown {
  constructor(@Inject(DIGEST_TIMELINE_DB) private readonly db: Database.Database) {}

  /** Runs after every provider's hook, so the projection has stopped writing by now. */
  onApplicationShutdown(): void {
    this.db.close();
  }
}
