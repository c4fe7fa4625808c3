import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  ProjectionRunner,
  createEventStore,
  EventStoreUnavailableError,
  PostgresCheckpointStore,
  PostgresEventStore,
} from '@hazard/event-store';
import type {
  CheckpointStore,
  EventStore,
  NewEvent,
  Projection,
  ProjectionRunnerOptions,
  RecordedEvent,
} from '@hazard/event-store';
import { freePort } from '../support/free-port';
import { startPostgres } from '../support/postgres';
import type { TestPostgres } from '../support/postgres';
import { tempDir } from '../support/temp-dir';
import { eventStoreContract } from './event-store.contract';

const newEvent = (type: string, data: NewEvent['data'] = {}): NewEvent => ({
  id: randomUUID(),
  type,
  data,
  metadata: {},
});
const uniqueStream = (name: string) => `pg_${name}-${randomUUID()}`;

async function waitFor(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 15000,
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Counts the reads of its catch-up loops, so a test can tell that a subscriber has looked. */
class CountingStore extends PostgresEventStore {
  reads = 0;

  override readAll(after: bigint | null, maxCount: number): Promise<RecordedEvent[]> {
    this.reads += 1;
    return super.readAll(after, maxCount);
  }
}

let postgres: TestPostgres;
let url: string;
const closers: Array<{ close(): Promise<void> }> = [];
const opened = <T extends { close(): Promise<void> }>(closable: T): T => {
  closers.push(closable);
  return closable;
};

beforeAll(async () => {
  postgres = await startPostgres();
  url = await postgres.createDatabase();
});
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c.close().catch(() => undefined)));
});
afterAll(async () => {
  await postgres?.stop();
});

describe('PostgreSQL event store contract', () => {
  eventStoreContract(
    () => ({ open: () => new PostgresEventStore(url), dispose: () => undefined }),
    {
      rejectsEventIdsReusedOnAnotherStream: true,
    },
  );
});

describe('PostgreSQL global order', () => {
  it('never lets readAll or a subscriber pass an append still in flight; then delivers both in order', async () => {
    const store = opened(new CountingStore(url, { subscription: { pollMs: 20 } }));
    const { position: start } = await store.append(
      uniqueStream('before'),
      [newEvent('Before')],
      'no_stream',
    );
    const seen: RecordedEvent[] = [];
    const subscription = store.subscribe(start, (event) => {
      seen.push(event);
    });
    // A second writer, outside the adapter, whose append transaction stays open.
    const writer = new Client({ connectionString: url });
    await writer.connect();
    const [held, later] = [uniqueStream('held'), uniqueStream('later')];
    try {
      await writer.query('BEGIN');
      const event = newEvent('Held');
      const { rows } = await writer.query<{ at_position: string }>(
        'SELECT at_position FROM append_events($1, $2, $3, $4, $5, $6)',
        [held, 'no_stream', [event.id], [event.type], ['{}'], ['{}']],
      );
      const heldPosition = BigInt(rows[0].at_position);
      const committed = await store.append(later, [newEvent('Later')], 'no_stream');

      // The later append committed first but ranks after the open one: had it been
      // delivered, a subscriber checkpointed there would never see the held event.
      expect(heldPosition).toBeLessThan(committed.position);
      expect((await store.read(later)).map((e) => e.type)).toEqual(['Later']);
      expect(await store.readAll(start, 100)).toEqual([]);
      const readsBefore = store.reads;
      await waitFor(() => store.reads >= readsBefore + 5, 'the subscriber to look again');
      expect(seen).toEqual([]);

      await writer.query('COMMIT');
      await waitFor(() => seen.length >= 2, 'both events');
      expect(seen.map((e) => [e.type, e.position])).toEqual([
        ['Held', heldPosition],
        ['Later', committed.position],
      ]);
      expect((await store.readAll(start, 100)).map((e) => e.type)).toEqual(['Held', 'Later']);
    } finally {
      await writer.query('ROLLBACK').catch(() => undefined);
      await writer.end();
      await subscription.stop();
    }
  });

  it('delivers every event of 16 concurrent writers once, in order, across a resume', async () => {
    const writers = opened(new PostgresEventStore(url));
    const reader = opened(new PostgresEventStore(url, { subscription: { batchSize: 7 } }));
    const { position: start } = await writers.append(
      uniqueStream('start'),
      [newEvent('Start')],
      'no_stream',
    );
    const streams = Array.from({ length: 16 }, (_, w) => uniqueStream(`writer${w}`));
    const perWriter = 25;
    const delivered: RecordedEvent[] = [];
    const ours = new Set(streams);
    const follow = (after: bigint | null) =>
      reader.subscribe(after, (event) => {
        if (ours.has(event.streamId)) delivered.push(event);
      });

    let subscription = follow(start);
    const writing = Promise.all(
      streams.map(async (stream) => {
        for (let revision = 0; revision < perWriter; revision++) {
          const events = [newEvent('Written', { revision })];
          await writers.append(stream, events, revision === 0 ? 'no_stream' : revision - 1);
        }
      }),
    );
    // Stop half-way and resume from the last delivered position, as a restart does.
    await waitFor(() => delivered.length >= (streams.length * perWriter) / 2, 'half the events');
    await subscription.stop();
    subscription = follow(delivered.at(-1)?.position ?? start);
    await writing;
    try {
      await waitFor(() => delivered.length >= streams.length * perWriter, 'every event');
    } finally {
      await subscription.stop();
    }

    const positions = delivered.map((e) => e.position);
    expect(positions.every((p, i) => i === 0 || p > positions[i - 1])).toBe(true);
    expect(new Set(delivered.map((e) => e.id)).size).toBe(streams.length * perWriter);
    for (const stream of streams) {
      const revisions = delivered.filter((e) => e.streamId === stream).map((e) => e.revision);
      expect(revisions).toEqual(Array.from({ length: perWriter }, (_, i) => i));
    }
  });
});

describe('PostgreSQL live delivery', () => {
  it('wakes a subscriber of another store through NOTIFY, also after its LISTEN connection is cut', async () => {
    const writer = opened(new PostgresEventStore(url));
    // Polls never come in time: only a notification can deliver.
    const follower = opened(new PostgresEventStore(url, { subscription: { pollMs: 3_600_000 } }));
    const stream = uniqueStream('notify');
    const { position } = await writer.append(stream, [newEvent('Before')], 'no_stream');
    const seen: string[] = [];
    const subscription = follower.subscribe(position, (event) => {
      if (event.streamId === stream) seen.push(event.type);
    });
    const admin = new Client({ connectionString: url });
    await admin.connect();
    const listening = async () => {
      const { rows } = await admin.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity
          WHERE datname = current_database() AND query LIKE 'LISTEN %' AND pid <> pg_backend_pid()`,
      );
      return rows.map((row) => row.pid);
    };
    try {
      await waitFor(async () => (await listening()).length === 1, 'the LISTEN connection');
      await writer.append(stream, [newEvent('Live')], 0);
      await waitFor(() => seen.includes('Live'), 'the notified append');

      await admin.query('SELECT pg_terminate_backend($1)', [(await listening())[0]]);
      await writer.append(stream, [newEvent('AfterTheCut')], 1);
      await waitFor(() => seen.includes('AfterTheCut'), 'the append after the cut');
    } finally {
      await subscription.stop();
      await admin.end();
    }

    expect(seen).toEqual(['Live', 'AfterTheCut']);
  });
  it('wakes a projection runner on another store through NOTIFY', async () => {
    const writer = opened(new PostgresEventStore(url));
    const follower = opened(new PostgresEventStore(url));
    const stream = uniqueStream('runner_notify');
    const { position } = await writer.append(stream, [newEvent('Before')], 'no_stream');
    const seen: string[] = [];
    const projection: Projection = {
      name: `notified-${randomUUID()}`,
      version: 1,
      checkpoints: opened(new PostgresCheckpointStore(url)),
      handles: (event): event is RecordedEvent => event.streamId === stream,
      handle: (events) => {
        seen.push(...events.map((event) => event.type));
        return undefined;
      },
      truncate: () => undefined,
    };
    await projection.checkpoints.save(projection.name, { position, version: 1 });
    // Polls never come in time: only a notification can deliver.
    const runner = new ProjectionRunner(follower, projection, { pollMs: 3_600_000 });
    const admin = new Client({ connectionString: url });
    await admin.connect();
    await runner.start();
    try {
      await waitFor(async () => {
        const { rows } = await admin.query(
          `SELECT 1 FROM pg_stat_activity
            WHERE datname = current_database() AND query LIKE 'LISTEN %' AND pid <> pg_backend_pid()`,
        );
        return rows.length === 1;
      }, 'the LISTEN connection');
      await writer.append(stream, [newEvent('Live')], 0);
      await waitFor(() => seen.includes('Live'), 'the notified append');
    } finally {
      await runner.stop();
      await admin.end();
    }
    expect(seen).toEqual(['Live']);
  });
});

describe('PostgreSQL schema and checkpoints', () => {
  it('creates its schema once when two processes start on an empty database at the same time', async () => {
    const fresh = await postgres.createDatabase();
    const [a, b] = [opened(new PostgresEventStore(fresh)), opened(new PostgresEventStore(fresh))];
    const [checkpointsA, checkpointsB] = [
      opened(new PostgresCheckpointStore(fresh)),
      opened(new PostgresCheckpointStore(fresh)),
    ];
    const [streamA, streamB] = [uniqueStream('a'), uniqueStream('b')];

    await Promise.all([
      a.append(streamA, [newEvent('A')], 'no_stream'),
      b.append(streamB, [newEvent('B')], 'no_stream'),
      checkpointsA.save('shared', { position: 1n, version: 1 }),
      checkpointsB.save('shared', { position: 2n, version: 1 }),
    ]);

    expect((await a.read(streamB)).map((e) => e.type)).toEqual(['B']);
    expect((await b.readAll(null, 10)).map((e) => e.type).sort()).toEqual(['A', 'B']);
    expect(await checkpointsA.load('shared')).toEqual({ position: 2n, version: 1 });
  });

  it('keeps one checkpoint that every replica sees and that never moves back', async () => {
    const [replicaA, replicaB] = [
      opened(new PostgresCheckpointStore(url)),
      opened(new PostgresCheckpointStore(url)),
    ];
    const subscriber = `deadline-scheduling-${randomUUID()}`;

    expect(await replicaA.load(subscriber)).toBeNull();
    const at = (position: bigint | null, version = 1) => ({ position, version });
    await replicaA.save(subscriber, at(2n ** 40n + 7n));
    expect(await replicaB.load(subscriber)).toEqual(at(2n ** 40n + 7n));
    await replicaB.save(subscriber, at(5n));
    expect(await replicaA.load(subscriber)).toEqual(at(2n ** 40n + 7n));
    await replicaB.save(subscriber, at(2n ** 41n));
    expect(await replicaA.load(subscriber)).toEqual(at(2n ** 41n));
    // A new version, or a reset to the start, replaces it.
    await replicaB.save(subscriber, at(3n, 2));
    expect(await replicaA.load(subscriber)).toEqual(at(3n, 2));
    await replicaA.save(subscriber, at(null, 2));
    expect(await replicaB.load(subscriber)).toEqual(at(null, 2));
  });

  it('resumes a checkpointed subscription after a restart: only new events, none twice', async () => {
    const stream = uniqueStream('resume');
    const subscriber = `digest-${randomUUID()}`;
    const handled: string[] = [];
    const handler = (event: RecordedEvent) => {
      if (event.streamId === stream) handled.push(event.type);
    };

    const before = opened(new PostgresEventStore(url));
    const checkpointsBefore = opened(new PostgresCheckpointStore(url));
    const { position } = await before.append(
      uniqueStream('earlier'),
      [newEvent('Earlier')],
      'no_stream',
    );
    await checkpointsBefore.save(subscriber, { position, version: 1 });
    await before.append(stream, [newEvent('E1'), newEvent('E2')], 'no_stream');
    const first = runnerOf(before, checkpointsBefore, subscriber, handler);
    await first.start();
    await waitFor(() => handled.length >= 2, 'the first run');
    await first.stop();
    await Promise.all([before.close(), checkpointsBefore.close()]);

    const after = opened(new PostgresEventStore(url));
    const checkpointsAfter = opened(new PostgresCheckpointStore(url));
    await after.append(stream, [newEvent('N1')], 1);
    const second = runnerOf(after, checkpointsAfter, subscriber, handler);
    await second.start();
    try {
      await waitFor(() => handled.includes('N1'), 'the second run');
    } finally {
      await second.stop();
    }

    expect(handled).toEqual(['E1', 'E2', 'N1']);
  });
  it('lets one replica at a time follow a shared checkpoint, and another take over when the holder loses its lease', async () => {
    const store = opened(new PostgresEventStore(url));
    const subscriber = `deadline-scheduling-${randomUUID()}`;
    const stream = uniqueStream('leased');
    const seen = { a: [] as string[], b: [] as string[] };
    const attempts = { a: 0, b: 0 };
    /** Set when A's process is gone: it asks for the lease no more. */
    let aGone = false;
    const replica = (name: 'a' | 'b') => {
      const shared = opened(new PostgresCheckpointStore(url));
      // The same store, counting how often this replica asks for the lease.
      const checkpoints: CheckpointStore = {
        load: (s) => shared.load(s),
        save: (s, checkpoint, write) => shared.save(s, checkpoint, write),
        lease: (s) => {
          const lease = shared.lease(s);
          return {
            tryTake: async () => {
              if (name === 'a' && aGone) return null;
              attempts[name] += 1;
              return lease.tryTake();
            },
          };
        },
      };
      const runner = runnerOf(
        store,
        checkpoints,
        subscriber,
        (event) => {
          if (event.streamId === stream) seen[name].push(event.type);
        },
        { leaseRetryMs: 20 },
      );
      return { runner, checkpoints };
    };
    const a = replica('a');
    const b = replica('b');
    const admin = new Client({ connectionString: url });
    await admin.connect();
    try {
      await a.runner.onApplicationBootstrap();
      await waitFor(async () => (await a.runner.status()).running, 'A to take the lease');
      await b.runner.onApplicationBootstrap();
      const { position } = await store.append(
        stream,
        [newEvent('E1'), newEvent('E2')],
        'no_stream',
      );
      await waitFor(
        async () => (await a.checkpoints.load(subscriber))?.position === position,
        'A to handle E1 and E2',
      );
      const triedBefore = attempts.b;
      await waitFor(() => attempts.b >= triedBefore + 3, 'B to ask for the lease again');
      expect(seen).toEqual({ a: ['E1', 'E2'], b: [] });
      expect((await b.runner.status()).running).toBe(false);

      // A's process is killed: its lease connection breaks and the server frees the lock.
      aGone = true;
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_locks
          WHERE locktype = 'advisory' AND granted
            AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      );
      await waitFor(async () => !(await a.runner.status()).running, 'A to stop');
      await waitFor(async () => (await b.runner.status()).running, 'B to take over');
      await store.append(stream, [newEvent('E3')], 1);
      await waitFor(() => seen.b.length > 0, 'B to handle E3');
      expect(seen).toEqual({ a: ['E1', 'E2'], b: ['E3'] });
    } finally {
      await b.runner.beforeApplicationShutdown();
      await a.runner.beforeApplicationShutdown();
      await admin.end();
    }
  });
});

/** A shared-work projection (at-least-once, like deadline scheduling) on a shared checkpoint. */
function runnerOf(
  store: EventStore,
  checkpoints: CheckpointStore,
  name: string,
  handler: (event: RecordedEvent) => void,
  options: ProjectionRunnerOptions = {},
): ProjectionRunner {
  const projection: Projection = {
    name,
    version: 1,
    checkpoints,
    handles: (_event): _event is RecordedEvent => true,
    handle: (events) => {
      events.forEach(handler);
      return undefined;
    },
    truncate: () => undefined,
  };
  return new ProjectionRunner(store, projection, options);
}

describe('PostgreSQL adapter selection and failures', () => {
  it('is what createEventStore builds for a postgres:// URL', async () => {
    const dir = tempDir();
    const store = opened(createEventStore({ dataDir: dir.path, eventStoreUrl: url }));
    try {
      expect(store).toBeInstanceOf(PostgresEventStore);
      const stream = uniqueStream('selected');
      await store.append(stream, [newEvent('Selected')], 'no_stream');
      expect((await store.read(stream)).map((e) => e.type)).toEqual(['Selected']);
    } finally {
      dir.remove();
    }
  });

  it('reports an unreachable server as EventStoreUnavailableError', async () => {
    const nowhere = `postgres://postgres@127.0.0.1:${await freePort()}/hazard`;
    const store = opened(new PostgresEventStore(nowhere));
    const checkpoints = opened(new PostgresCheckpointStore(nowhere));

    await expect(store.append('s-1', [newEvent('T')], 'no_stream')).rejects.toBeInstanceOf(
      EventStoreUnavailableError,
    );
    await expect(store.read('s-1')).rejects.toBeInstanceOf(EventStoreUnavailableError);
    await expect(store.readAll(null, 10)).rejects.toBeInstanceOf(EventStoreUnavailableError);
    await expect(checkpoints.load('s')).rejects.toBeInstanceOf(EventStoreUnavailableError);
  });
});
