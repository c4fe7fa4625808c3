import { Inject, Injectable, Logger } from '@nestjs/common';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { checkpointedSubscription, EVENT_STORE, SqliteCheckpointStore } from '@hazard/event-store';
import type { EventStore, RecordedEvent, Subscription } from '@hazard/event-store';
import type { IdentityReadModelPort } from '../users/identity-read-model.port';
import { IDENTITY_DB } from './identity-database';
import { UsersProjection } from './users.projection';

/** Counting stops here: "at least this many behind" is all a health check needs. */
const LAG_COUNT_LIMIT = 10_000;
/** A command waits no longer than this for its events to show here (a stalled projection). */
const REACH_TIMEOUT_MS = 2_000;

interface Waiter {
  position: bigint;
  resolve: () => void;
}

export interface IdentityProjectionStatus {
  subscriber: string;
  checkpoint: string | null;
  /** Events in the store not yet applied (capped at 10,000). */
  behind: number;
  running: boolean;
  /** The last failure while applying an event; the same event is retried until it passes. */
  lastError: string | null;
}

/**
 * Keeps the identity read model following the event store, from bootstrap to shutdown. Each
 * event and the checkpoint after it are committed in one transaction.
 */
@Injectable()
export class IdentityProjectionRunner
  implements OnApplicationBootstrap, BeforeApplicationShutdown, IdentityReadModelPort
{
  private readonly logger = new Logger(IdentityProjectionRunner.name);
  private readonly projection: UsersProjection;
  private readonly checkpoints: SqliteCheckpointStore;
  private readonly apply: (event: RecordedEvent) => void;
  private subscription: Subscription | null = null;
  private lastError: string | null = null;
  /** Position of the last event applied, in memory, for reached(). */
  private applied: bigint | null = null;
  private waiters: Waiter[] = [];

  constructor(
    @Inject(IDENTITY_DB) private readonly db: Database.Database,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    this.projection = new UsersProjection(db);
    this.checkpoints = new SqliteCheckpointStore(db);
    const save = db.prepare<[string, number]>(
      `INSERT INTO checkpoints (subscriber, position) VALUES (?, ?)
       ON CONFLICT (subscriber) DO UPDATE SET position = excluded.position`,
    );
    this.apply = db.transaction((event: RecordedEvent) => {
      this.projection.handle(event);
      save.run(this.projection.name, Number(event.position));
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    this.replayIfOutdated();
    this.applied = await this.checkpoints.load(this.projection.name);
    this.subscription = await checkpointedSubscription(
      this.store,
      // The checkpoint is committed with the rows, in apply().
      { load: (name) => this.checkpoints.load(name), save: async () => undefined },
      this.projection.name,
      (event) => this.handle(event),
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = null;
    await subscription?.stop();
  }

  reached(position: bigint): Promise<void> {
    if (this.applied !== null && this.applied >= position) return Promise.resolve();
    return new Promise((resolve) => {
      const waiter: Waiter = {
        position,
        resolve: () => {
          clearTimeout(timer);
          this.waiters = this.waiters.filter((w) => w !== waiter);
          resolve();
        },
      };
      const timer = setTimeout(waiter.resolve, REACH_TIMEOUT_MS);
      timer.unref();
      this.waiters.push(waiter);
    });
  }

  async status(): Promise<IdentityProjectionStatus> {
    const checkpoint = await this.checkpoints.load(this.projection.name);
    const ahead = await this.store.readAll(checkpoint, LAG_COUNT_LIMIT);
    return {
      subscriber: this.projection.name,
      checkpoint: checkpoint === null ? null : checkpoint.toString(),
      behind: ahead.length,
      running: this.subscription !== null,
      lastError: this.lastError,
    };
  }

  private handle(event: RecordedEvent): void {
    try {
      this.apply(event);
      this.lastError = null;
      this.applied = event.position;
      for (const waiter of this.waiters) if (waiter.position <= event.position) waiter.resolve();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (message !== this.lastError) this.logger.error(`${this.projection.name}: ${message}`);
      this.lastError = message;
      throw error;
    }
  }

  /** A file made by an older build of the projection is emptied and replayed from the start. */
  private replayIfOutdated(): void {
    if (this.db.pragma('user_version', { simple: true }) === this.projection.version) return;
    this.db.transaction(() => {
      this.projection.truncate();
      this.db.prepare('DELETE FROM checkpoints WHERE subscriber = ?').run(this.projection.name);
      this.db.pragma(`user_version = ${this.projection.version}`);
    })();
  }
}
