import { DEADLINE_POLICY } from '@hazard/domain';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { checkpointedSubscription, EVENT_STORE, SqliteCheckpointStore } from '@hazard/event-store';
import type { CheckpointStore, EventStore, Subscription } from '@hazard/event-store';
import type { DeadlinePolicy } from '@hazard/domain';
import { READ_MODEL_DB } from '../read-model-database';
import { HAZARD_CASES_SUBSCRIBER, HazardCasesProjection } from './hazard-cases.projection';
import { readModelLag } from './read-model-status';
import type { ReadModelLag } from './read-model-status';

export const READ_MODELS_OPTIONS = Symbol('READ_MODELS_OPTIONS');

export interface ReadModelsOptions {
  /** Follow the event store while the application runs (the API does; the CLI does not). */
  runProjection: boolean;
}

export interface ReadModelStatus extends ReadModelLag {
  running: boolean;
  /** The last failure while applying an event; the same event is retried until it passes. */
  lastError: string | null;
}

/** Runs the hazard-cases projection from application bootstrap to shutdown. */
@Injectable()
export class ProjectionRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ProjectionRunner.name);
  private subscription: Subscription | null = null;
  private lastError: string | null = null;

  constructor(
    @Inject(READ_MODEL_DB) private readonly db: Database.Database,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODELS_OPTIONS) private readonly options: ReadModelsOptions,
    @Inject(DEADLINE_POLICY) private readonly policy: DeadlinePolicy,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.runProjection) await this.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  async start(): Promise<void> {
    if (this.subscription) return;
    const projection = new HazardCasesProjection(this.db, this.store, this.policy);
    const checkpoints = new SqliteCheckpointStore(this.db);
    // The projection commits the checkpoint in each row's own transaction; saving it again
    // afterwards would only repeat that write.
    const committedWithRows: CheckpointStore = {
      load: (subscriber) => checkpoints.load(subscriber),
      save: async () => undefined,
    };
    this.subscription = await checkpointedSubscription(
      this.store,
      committedWithRows,
      HAZARD_CASES_SUBSCRIBER,
      async (event) => {
        try {
          await projection.handle(event);
          this.lastError = null;
        } catch (error) {
          this.recordFailure(error);
          throw error;
        }
      },
    );
  }

  async stop(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = null;
    await subscription?.stop();
  }

  async status(): Promise<ReadModelStatus> {
    const lag = await readModelLag(this.db, this.store, HAZARD_CASES_SUBSCRIBER);
    return { ...lag, running: this.subscription !== null, lastError: this.lastError };
  }

  private recordFailure(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    if (message !== this.lastError) this.logger.error(`hazard-cases projection: ${message}`);
    this.lastError = message;
  }
}
