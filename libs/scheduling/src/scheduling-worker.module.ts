import { join } from 'node:path';
import { Inject, Module } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CLOCK, DEADLINE_POLICY, GENERAL_HAZARD_POLICY } from '@hazard/domain';
import type { Clock, DeadlinePolicy, GeneralHazardPolicy } from '@hazard/domain';
import { openSharedCheckpoints, projectionRunnerProvider } from '@hazard/event-store';
import type { ClosableCheckpointStore } from '@hazard/event-store';
import type { Environment } from '@hazard/config';
import { QueueRootModule } from '@hazard/queue';
import { DeadlineJobScheduler } from './deadline-job.scheduler';
import { DeadlineProcessor } from './deadline.processor';
import { DeadlineSchedulingProjection } from './deadline-scheduling.projection';
import { DeadlineSchedulingModule } from './scheduling.module';
import { StartupReconciliation } from './startup-reconciliation';

/** The runner of the deadline-scheduling projection (a ProjectionRunner). */
const DEADLINE_SCHEDULING_RUNNER = Symbol('DEADLINE_SCHEDULING_RUNNER');
/**
 * Where the scheduling projection keeps its checkpoint: in PostgreSQL, shared by every worker
 * replica (which take turns by its lease), when that is the event store; else
 * `${DATA_DIR}/scheduling.sqlite`.
 */
const SCHEDULING_CHECKPOINTS = Symbol('SCHEDULING_CHECKPOINTS');

/**
 * The deadline processor, the scheduling projection and start-up reconciliation; the apps
 * decide where it runs (apps/worker's WorkerProcessesModule).
 */
@Module({
  imports: [DeadlineSchedulingModule, QueueRootModule],
  providers: [
    DeadlineProcessor,
    {
      provide: SCHEDULING_CHECKPOINTS,
      inject: [ConfigService],
      useFactory: (config: ConfigService<Environment, true>) =>
        openSharedCheckpoints({
          eventStoreUrl: config.get('EVENTSTORE_URL', { infer: true }),
          file: join(config.get('DATA_DIR', { infer: true }), 'scheduling.sqlite'),
        }),
    },
    projectionRunnerProvider({
      provide: DEADLINE_SCHEDULING_RUNNER,
      inject: [
        SCHEDULING_CHECKPOINTS,
        DeadlineJobScheduler,
        DEADLINE_POLICY,
        GENERAL_HAZARD_POLICY,
        CLOCK,
      ],
      useFactory: (
        store,
        checkpoints: ClosableCheckpointStore,
        scheduler: DeadlineJobScheduler,
        policy: DeadlinePolicy,
        generalPolicy: GeneralHazardPolicy,
        clock: Clock,
      ) =>
        new DeadlineSchedulingProjection(
          { store, scheduler, policy, generalPolicy, clock },
          checkpoints,
        ),
    }),
    StartupReconciliation,
  ],
})
export class SchedulingWorkerModule implements OnApplicationShutdown {
  constructor(
    @Inject(SCHEDULING_CHECKPOINTS) private readonly checkpoints: ClosableCheckpointStore,
  ) {}

  /** After every provider's hook: the projection has stopped by now. */
  async onApplicationShutdown(): Promise<void> {
    await this.checkpoints.close();
  }
}
