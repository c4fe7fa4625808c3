import { Pool } from 'pg';
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
import { isDuplicateEventId, toStoreError } from './postgres-errors';
import { PostgresLiveAppends } from './postgres-live-appends';
import { createSchema, EVENTS_SCHEMA, INDEX_BITS, MAX_EVENTS_PER_APPEND } from './postgres-schema';

export interface PostgresEventStoreOptions {
  /** Connections kept open for appends and reads (the LISTEN connection is extra). */
  poolSize?: number;
  subscription?: CatchUpOptions;
}

const DEFAULT_POOL_SIZE = 10;

interface Row {
  position: string;
  event_id: string;
  stream_id: string;
  revision: number;
  type: string;
  data: RecordedEvent['data'];
  metadata: RecordedEvent['metadata'];
}

/** What append_events answers (postgres-schema.ts). */
type AppendRow =
  | { outcome: 'appended' | 'retried'; at_revision: number; at_position: string }
  | { outcome: 'conflict'; at_revision: number | null; at_position: null }
  | { outcome: 'reused'; at_revision: null; at_position: null };

const COLUMNS = 'position, event_id, stream_id, revision, type, data, metadata';

/**
 * Only events of transactions below the snapshot's xmin: every transaction with a lower id
 * has ended, so no event can ever appear below what is returned (see the class comment).
 */
const READ_ALL = `
  SELECT ${COLUMNS} FROM events
   WHERE position > $1
     AND position < (pg_snapshot_xmin(pg_current_snapshot())::text::bigint << ${INDEX_BITS})
   ORDER BY position LIMIT $2`;

const toRecorded = (row: Row): RecordedEvent => ({
  id: row.event_id,
  streamId: row.stream_id,
  revision: row.revision,
  position: BigInt(row.position),
  type: row.type,
  data: row.data,
  metadata: row.metadata,
});

/**
 * The PostgreSQL adapter: every process of a distributed deployment shares one database.
 *
 * The global order is (writing transaction id, index within the append), encoded in the
 * one `position` number. A sequence would not do: with concurrent writers a lower number
 * can commit after a higher one has been read, and a subscriber resuming from the higher
 * one would skip it for ever. Transaction ids have the same flaw, so `readAll` returns
 * only events whose transaction is below the current snapshot's xmin: all lower
 * transactions have committed or aborted, so nothing can appear below what was returned,
 * and the order in which events become readable is their position order. The price: a
 * transaction that writes and stays open anywhere on the same server (any database) holds
 * back delivery of everything committed after it began, until it ends.
 *
 * Appends to different streams run concurrently and share the server's WAL flushes (group
 * commit); each is acknowledged only once its commit is on disk.
 */
export class PostgresEventStore implements EventStore {
  private readonly pool: Pool;
  private readonly live: PostgresLiveAppends;
  private schema: Promise<void> | null = null;

  constructor(
    connectionString: string,
    private readonly options: PostgresEventStoreOptions = {},
  ) {
    this.pool = new Pool({
      connectionString,
      max: options.poolSize ?? DEFAULT_POOL_SIZE,
      connectionTimeoutMillis: 10_000,
    });
    // An idle connection that breaks (server restart) is dropped by the pool; the next
    // query opens a new one and reports the failure if the server is still away.
    this.pool.on('error', () => undefined);
    this.live = new PostgresLiveAppends(connectionString, this.pool, options.subscription?.onError);
  }

  async append(
    streamId: string,
    events: NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('append needs at least one event');
    if (events.length > MAX_EVENTS_PER_APPEND) {
      throw new Error(`append takes at most ${MAX_EVENTS_PER_APPEND} events`);
    }
    let row: AppendRow;
    try {
      await this.ready();
      const result = await this.pool.query<AppendRow>({
        name: 'append-events',
        text: 'SELECT outcome, at_revision, at_position FROM append_events($1, $2, $3, $4, $5, $6)',
        values: [
          streamId,
          String(expected),
          events.map((event) => event.id),
          events.map((event) => event.type),
          events.map((event) => JSON.stringify(event.data)),
          events.map((event) => JSON.stringify(event.metadata)),
        ],
      });
      row = result.rows[0];
    } catch (error) {
      if (isDuplicateEventId(error)) throw reusedIds(events);
      throw toStoreError(error);
    }
    if (row.outcome === 'conflict') {
      throw new WrongExpectedRevisionError(streamId, expected, row.at_revision ?? 'no_stream');
    }
    if (row.outcome === 'reused') throw reusedIds(events);
    if (row.outcome === 'appended') this.live.announce();
    return { nextRevision: row.at_revision, position: BigInt(row.at_position) };
  }

  async read(streamId: string, fromRevision = 0): Promise<RecordedEvent[]> {
    return this.query({
      name: 'read-stream',
      text: `SELECT ${COLUMNS} FROM events WHERE stream_id = $1 AND revision >= $2 ORDER BY revision`,
      values: [streamId, fromRevision],
    });
  }

  async readAll(after: bigint | null, maxCount: number): Promise<RecordedEvent[]> {
    return this.query({
      name: 'read-all',
      text: READ_ALL,
      values: [String(after ?? -1n), maxCount],
    });
  }

  subscribe(after: bigint | null, handler: EventHandler): Subscription {
    return catchUpSubscription(
      (from, max) => this.readAll(from, max),
      (wake) => this.live.follow(wake),
      after,
      handler,
      this.options.subscription,
    );
  }

  /** Through LISTEN/NOTIFY: appends of every process on the database wake the listener. */
  onAppended(listener: () => void): () => void {
    return this.live.follow(listener);
  }

  async close(): Promise<void> {
    await this.live.close();
    await this.pool.end();
  }

  private async query(config: { name: string; text: string; values: unknown[] }) {
    try {
      await this.ready();
      const result = await this.pool.query<Row>(config);
      return result.rows.map(toRecorded);
    } catch (error) {
      throw toStoreError(error);
    }
  }

  /** The schema is made on first use; a failed attempt (server away) is tried again next time. */
  private ready(): Promise<void> {
    this.schema ??= createSchema(this.pool, EVENTS_SCHEMA).catch((error: unknown) => {
      this.schema = null;
      throw error;
    });
    return this.schema;
  }
}

const reusedIds = (events: NewEvent[]): Error =>
  new Error(`event ${events[0].id} was already appended elsewhere or only in part`);
