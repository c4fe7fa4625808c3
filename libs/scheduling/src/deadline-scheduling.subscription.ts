import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import Database from 'better-sqlite3';
import { CLOCK, DEADLINE_POLICY } from '@hazard/domain';
import type { Clock, DeadlinePolicy } from '@hazard/domain';
import { checkpointedSubscription, EVENT_STORE, SqliteCheckpointStore } from '@hazard/event-store';
import type { EventStore, RecordedEvent, Subscription } from '@hazard/event-store';
import type { Environment } from '@hazard/config';
import { DeadlineJobScheduler } from './deadline-job.scheduler';
import { DeadlineReconciler } from './deadline.reconciler';
import { scheduleCaseDeadlines } from './schedule-case-deadlines';

const SUBSCRIBER = 'deadline-scheduler';

/**
 * Schedules deadline jobs from the event subscription, never from the HTTP path: after every
 * case event the case's jobs in Redis are made to match its state. The checkpoint is saved
 * only after Redis took the change, so a crash in between replays the event; reconciliation
 * at start-up covers a Redis that lost its data.
 */
@Injectable()
export class DeadlineSchedulingSubscription
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  private readonly logger = new Logger(DeadlineSchedulingSubscription.name);
  private db: Database.Database | null = null;
  private subscription: Subscription | null = null;
  private readonly stopping = new AbortController();
  /** Resolves once start-up reconciliation has finished (tests wait on it). */
  reconciled: Promise<void> = Promise.resolve();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(DEADLINE_POLICY) private readonly policy: DeadlinePolicy,
    private readonly scheduler: DeadlineJobScheduler,
    private readonly reconciler: DeadlineReconciler,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const dataDir = this.config.get('DATA_DIR', { infer: true });
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, 'scheduling.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.subscription = await checkpointedSubscription(
      this.store,
      new SqliteCheckpointStore(this.db),
      SUBSCRIBER,
      (event) => this.handle(event),
    );
    // In the background: a large store must not hold up the API's start.
    this.reconciled = this.reconciler.run({ signal: this.stopping.signal }).then(
      (report) => this.logger.log(`reconciled deadlines: ${JSON.stringify(report)}`),
      (error: unknown) => this.logger.error(`reconciliation failed: ${String(error)}`),
    );
  }

  /** Before the event store closes (CoreModule closes it on application shutdown). */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.reconciled;
    await this.subscription?.stop();
    this.db?.close();
  }

  private handle(event: RecordedEvent): Promise<void> {
    const { store, scheduler, policy, clock } = this;
    return scheduleCaseDeadlines({ store, scheduler, policy, clock }, event);
  }
}
