import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { catchUpSubscription } from '../catch-up-subscription';
import type { CatchUpOptions } from '../catch-up-subscription';
import { WrongExpectedRevisionError } from '../errors';
import type {
  AppendResult,
  EventHandler,
  EventStore,
  ExpectedRevision,
  NewEvent,
  RecordedEvent,
  Subscription,
} from '../event-store.port';
import { openEventsSchema } from './sqlite-schema';

interface Row {
  position: number;
  event_id: string;
  stream_id: string;
  revision: number;
  type: string;
  data: string;
  metadata: string;
}

interface PendingAppend {
  streamId: string;
  events: NewEvent[];
  expected: ExpectedRevision;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

const toRecorded = (row: Row): RecordedEvent => ({
  id: row.event_id,
  streamId: row.stream_id,
  revision: row.revision,
  position: BigInt(row.position),
  type: row.type,
  data: JSON.parse(row.data),
  metadata: JSON.parse(row.metadata),
});

/**
 * Embedded event store on one SQLite file. Appends that arrive in the same turn of the event
 * loop are committed together (group commit): one fsync acknowledges all of them, and each
 * still succeeds or fails on its own thanks to a savepoint per append of several events.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly appended = new EventEmitter();
  private pending: PendingAppend[] = [];
  private flushScheduled = false;
  private readonly statements;
  private readonly appendOne: (request: PendingAppend) => AppendResult;

  constructor(
    readonly file: string,
    private readonly subscriptionOptions: CatchUpOptions = {},
  ) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    openEventsSchema(this.db);
    this.appended.setMaxListeners(0);
    this.statements = {
      lastRevision: this.db.prepare<[string], { revision: number | null }>(
        'SELECT MAX(revision) AS revision FROM events WHERE stream_id = ?',
      ),
      byEventId: this.db.prepare<[string], Row>('SELECT * FROM events WHERE event_id = ?'),
      insert: this.db.prepare(
        `INSERT INTO events (event_id, stream_id, revision, type, data, metadata, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      readStream: this.db.prepare<[string, number], Row>(
        'SELECT * FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision',
      ),
      readAll: this.db.prepare<[number, number], Row>(
        'SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?',
      ),
    };
    this.appendOne = this.db.transaction((request: PendingAppend) => this.write(request));
  }

  append(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    if (events.length === 0) return Promise.reject(new Error('append needs at least one event'));
    return new Promise((resolve, reject) => {
      this.pending.push({ streamId, events, expected, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  async read(streamId: string, fromRevision = 0): Promise<RecordedEvent[]> {
    return this.statements.readStream.all(streamId, fromRevision).map(toRecorded);
  }

  async readAll(after: bigint | null, maxCount: number): Promise<RecordedEvent[]> {
    return this.statements.readAll.all(Number(after ?? 0n), maxCount).map(toRecorded);
  }

  subscribe(after: bigint | null, handler: EventHandler): Subscription {
    return catchUpSubscription(
      (from, max) => this.readAll(from, max),
      (wake) => this.onAppended(wake),
      after,
      handler,
      this.subscriptionOptions,
    );
  }

  /** Appends in this process only; another process's appends are seen at the next poll. */
  onAppended(listener: () => void): () => void {
    this.appended.on('appended', listener);
    return () => this.appended.off('appended', listener);
  }

  async close(): Promise<void> {
    if (this.pending.length > 0) this.flush();
    this.db.close();
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    this.flushScheduled = false;
    const outcomes: Array<{ ok: AppendResult } | { error: unknown }> = [];
    try {
      this.db
        .transaction(() => {
          for (const request of batch) {
            try {
              // One event needs no savepoint: nothing is written before its checks pass, and
              // a failing INSERT undoes itself.
              const write = request.events.length === 1 ? this.write : this.appendOne;
              outcomes.push({ ok: write.call(this, request) });
            } catch (error) {
              outcomes.push({ error });
            }
          }
        })
        .immediate();
    } catch (error) {
      batch.forEach((request) => request.reject(error));
      return;
    }
    batch.forEach((request, i) => {
      const outcome = outcomes[i];
      if ('ok' in outcome) request.resolve(outcome.ok);
      else request.reject(outcome.error);
    });
    this.appended.emit('appended');
  }

  /** Runs inside a savepoint: throwing undoes this append only. */
  private write({ streamId, events, expected }: PendingAppend): AppendResult {
    const retried = this.findRetry(streamId, events);
    if (retried) return retried;
    const last = this.statements.lastRevision.get(streamId)?.revision ?? null;
    const actual = last === null ? 'no_stream' : last;
    if (expected !== 'any' && expected !== actual) {
      throw new WrongExpectedRevisionError(streamId, expected, actual);
    }
    const recordedAt = new Date().toISOString();
    let revision = last ?? -1;
    let position = 0n;
    for (const event of events) {
      revision += 1;
      const info = this.statements.insert.run(
        event.id,
        streamId,
        revision,
        event.type,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
        recordedAt,
      );
      position = BigInt(info.lastInsertRowid);
    }
    return { nextRevision: revision, position };
  }

  /** The same event ids already written to the same stream: the first result, nothing new. */
  private findRetry(streamId: string, events: NewEvent[]): AppendResult | null {
    const first = this.statements.byEventId.get(events[0].id);
    if (!first) return null;
    const last = this.statements.byEventId.get(events[events.length - 1].id);
    if (first.stream_id !== streamId || !last || last.stream_id !== streamId) {
      throw new Error(`event ${events[0].id} was already appended elsewhere or only in part`);
    }
    return { nextRevision: last.revision, position: BigInt(last.position) };
  }
}
