import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { Inject, Module } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import Database from 'better-sqlite3';
import { CLOCK, DEADLINE_POLICY } from '@hazard/domain';
import type { Clock, DeadlinePolicy } from '@hazard/domain';
import { projectionRunnerProvider, SqliteCheckpointStore } from '@hazard/event-store';
import type { Environment } from '@hazard/config';
import { DeadlineJobScheduler } from './deadline-job.scheduler';
import { DeadlineProcessor } from './deadline.processor';
import { DeadlineSchedulingProjection } from './deadline-scheduling.projection';
import { DeadlineSchedulingModule } from './scheduling.module';
import { StartupReconciliation } from './startup-reconciliation';

/** The runner of the deadline-scheduling projection (a ProjectionRunner). */
const DEADLINE_SCHEDULING_RUNNER = Symbol('DEADLINE_SCHEDULING_RUNNER');
/** `${DATA_DIR}/scheduling.sqlite`: where the scheduling projection keeps its checkpoint. */
const SCHEDULING_DB = Symbol('SCHEDULING_DB');

/**
 * The deadline processor, the scheduling projection and start-up reconciliation; the apps
 * decide where it runs (apps/worker's WorkerProcessesModule).
 */
@Module({
  imports: [DeadlineSchedulingModule],
  providers: [
    DeadlineProcessor,
    {
      provide: SCHEDULING_DB,
      inject: [ConfigService],
      useFactory: (config: ConfigService<Environment, true>) => {
        const dataDir = config.get('DATA_DIR', { infer: true });
        mkdirSync(dataDir, { recursive: true });
        const db = new Database(join(dataDir, 'scheduling.sqlite'));
        db.pragma('journal_mode = WAL');
        return db;
      },
    },
    projectionRunnerProvider({
      provide: DEADLINE_SCHEDULING_RUNNER,
      inject: [SCHEDULING_DB, DeadlineJobScheduler, DEADLINE_POLICY, CLOCK],
      useFactory: (
        store,
        db: Database.Database,
        scheduler: DeadlineJobScheduler,
        policy: DeadlinePolicy,
        clock: Clock,
      ) =>
        new DeadlineSchedulingProjection(
          { store, scheduler, policy, clock },
          new SqliteCheckpointStore(db),
        ),
    }),
    StartupReconciliation,
  ],
})
export class SchedulingWorkerModule implements OnApplicationShutdown {
  constructor(@Inject(SCHEDULING_DB) private readonly db: Database.Database) {}

  /** After every provider's hook: the projection has stopped by now. */
  onApplicationShutdown(): void {
    this.db.close();
  }
}
