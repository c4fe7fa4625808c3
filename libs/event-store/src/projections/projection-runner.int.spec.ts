import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { recordedRows, recordingProjection, UNRELATED } from '@hazard/testing/recording-projection';
import { tempDir } from '@hazard/testing/temp-dir';
import type { TempDir } from '@hazard/testing/temp-dir';
import type { RecordedEvent } from '../event-store.port';
import { SqliteEventStore } from '../sqlite/sqlite-event-store';
import type { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';

const until = async (condition: () => boolean | Promise<boolean>, what: string) => {
  for (let i = 0; i < 500; i += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
};

describe('ProjectionRunner on SQLite files', () => {
  let dir: TempDir;
  let store: SqliteEventStore;
  let db: Database.Database;
  const runners: ProjectionRunner[] = [];

  /** `count` events on their own streams; every third one is not the projection's. */
  const append = async (count: number) => {
    const positions: bigint[] = [];
    for (let i = 0; i < count; i += 1) {
      const type = i % 3 === 2 ? UNRELATED : 'Noted';
      const event = { id: randomUUID(), type, data: { note: `第${i}条` }, metadata: {} };
      positions.push((await store.append(`note-${randomUUID()}`, [event], 'no_stream')).position);
    }
    return positions;
  };
  const run = (projection: Projection, options = {}) => {
    const runner = new ProjectionRunner(store, projection, { retryMs: 20, ...options });
    runners.push(runner);
    return runner;
  };
  const caughtUp = (runner: ProjectionRunner) =>
    until(async () => (await runner.status()).behind === 0, 'the projection to catch up');
  /** The projection's own events among `positions[from..to)`: all but every third. */
  const ofProjection = (positions: bigint[], from = 0, to = positions.length) =>
    positions.slice(from, to).filter((_, i) => (from + i) % 3 !== 2);

  beforeEach(() => {
    dir = tempDir('hazard-runner-');
    store = new SqliteEventStore(dir.file('events.sqlite'));
    db = new Database(dir.file('target.sqlite'));
  });
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((runner) => runner.stop()));
    db.close();
    await store.close();
    dir.remove();
  });

  it('hands over pages of its own events in order and checkpoints each page at its end', async () => {
    const positions = await append(25);
    const projection = recordingProjection(db);
    const runner = run(projection, { batchSize: 10 });
    await runner.start();
    await caughtUp(runner);

    expect(projection.pages).toEqual([
      ofProjection(positions, 0, 10),
      ofProjection(positions, 10, 20),
      ofProjection(positions, 20),
    ]);
    expect(recordedRows(db).map((row) => row.position)).toEqual(ofProjection(positions));
    expect(await projection.checkpoints.load(projection.name)).toEqual({
      position: positions[24],
      version: 1,
    });
    expect(await runner.status()).toMatchObject({
      subscriber: 'test/recording',
      checkpoint: String(positions[24]),
      behind: 0,
      running: true,
      lastError: null,
    });
  });

  it('wakes up for live appends without waiting for its poll', async () => {
    const projection = recordingProjection(db);
    const runner = run(projection, { pollMs: 60_000 });
    await runner.start();
    const [position] = await append(1);
    await until(() => recordedRows(db).length === 1, 'the live append');
    expect(recordedRows(db)[0].position).toBe(position);
  });

  it('commits a page and its checkpoint together: a page that fails half-written leaves nothing and comes again', async () => {
    const positions = await append(12);
    const failAt = { position: positions[7], times: 1, how: 'throw' as const };
    const projection = recordingProjection(db, { failAt });
    const runner = run(projection, { batchSize: 6, retryMs: 60_000 });
    await runner.start();
    await until(async () => (await runner.status()).lastError !== null, 'the failure');

    // Positions[6] was written in the failed page before it failed: it is not there.
    expect(recordedRows(db).map((row) => row.position)).toEqual(ofProjection(positions, 0, 6));
    expect((await projection.checkpoints.load(projection.name))?.position).toBe(positions[5]);
    await runner.stop();

    const again = recordingProjection(db);
    const rerun = run(again, { batchSize: 6 });
    await rerun.start();
    await caughtUp(rerun);
    expect(again.pages[0]).toEqual(ofProjection(positions, 6));
    expect(recordedRows(db).map((row) => row.position)).toEqual(ofProjection(positions));
  });

  it('reports a failing page, tries it again after a pause, and clears the error once it passes', async () => {
    const positions = await append(3);
    const failAt = { position: positions[0], times: 3, how: 'throw' as const };
    const projection = recordingProjection(db, { failAt });
    const runner = run(projection);
    await runner.start();
    await until(async () => (await runner.status()).lastError !== null, 'the failure');
    expect(await runner.status()).toMatchObject({
      running: true,
      lastError: `failed while writing ${positions[0]}`,
      behind: 3,
    });

    await caughtUp(runner);
    expect(await runner.status()).toMatchObject({ lastError: null, behind: 0 });
    expect(projection.pages).toHaveLength(4);
    expect(new Set(projection.pages.map((page) => page.join()))).toEqual(
      new Set([ofProjection(positions).join()]),
    );
    expect(recordedRows(db).map((row) => row.position)).toEqual(ofProjection(positions));
  });

  it('empties and replays a projection whose version changed, and only then', async () => {
    const positions = await append(6);
    const first = recordingProjection(db, { version: 1 });
    const v1 = run(first);
    await v1.start();
    await caughtUp(v1);
    await v1.stop();
    expect(first.truncations).toEqual([null]);

    const same = recordingProjection(db, { version: 1 });
    const again = run(same);
    await again.start();
    await again.stop();
    expect(same.truncations).toEqual([]);
    expect(same.pages).toEqual([]);

    const bumped = recordingProjection(db, { version: 2 });
    const v2 = run(bumped);
    await v2.start();
    await caughtUp(v2);
    expect(bumped.truncations).toEqual([{ position: positions[5], version: 1 }]);
    expect(recordedRows(db)).toEqual(
      ofProjection(positions).map((position) => ({ position, type: 'Noted', version: 2 })),
    );
    expect(await bumped.checkpoints.load(bumped.name)).toEqual({
      position: positions[5],
      version: 2,
    });
  });

  it('stops only once the page in hand is committed, and hands over nothing after', async () => {
    const positions = await append(3);
    const projection = recordingProjection(db);
    let entered = false;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const runner = run({
      ...projection,
      async handle(events) {
        entered = true;
        await gate;
        return projection.handle(events);
      },
    });
    await runner.start();
    await until(() => entered, 'the page to be in hand');

    let stopped = false;
    const stopping = runner.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    release();
    await stopping;

    expect(recordedRows(db).map((row) => row.position)).toEqual(ofProjection(positions));
    expect((await projection.checkpoints.load(projection.name))?.position).toBe(positions[2]);
    expect((await runner.status()).running).toBe(false);
    await append(3);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(projection.pages).toHaveLength(1);
  });

  it('rebuilds: empties, replays to the end with progress, and calls caughtUp once done', async () => {
    const positions = await append(7);
    const projection = recordingProjection(db);
    const live = run(projection);
    await live.start();
    await caughtUp(live);
    await expect(live.rebuild()).rejects.toThrow(/stop projection test\/recording/);
    await live.stop();

    const progress: number[] = [];
    const rebuilt = recordingProjection(db);
    const result = await run(rebuilt, { batchSize: 3 }).rebuild((p) => progress.push(p.done));
    expect(result).toMatchObject({ done: 7, total: 7 });
    expect(progress).toEqual([3, 6, 7]);
    expect(rebuilt.truncations).toEqual([{ position: positions[6], version: 1 }]);
    expect(rebuilt.caughtUpCalls).toBe(1);
    expect(recordedRows(db).map((row) => row.position)).toEqual(ofProjection(positions));
  });

  it('saves the checkpoint after the work of a target without transactions: at-least-once', async () => {
    const positions = await append(2);
    const sent: bigint[] = [];
    const checkpoints = recordingProjection(db).checkpoints;
    let saves = 0;
    const projection: Projection = {
      name: 'test/no-transactions',
      version: 1,
      checkpoints: {
        load: (subscriber) => checkpoints.load(subscriber),
        async save(subscriber, checkpoint, write) {
          saves += 1;
          // The first checkpoint of a page is lost, as in a crash right after the work.
          if (saves === 2) throw new Error('lost');
          await checkpoints.save(subscriber, checkpoint, write);
        },
      },
      handles: (event): event is RecordedEvent => event.type !== UNRELATED,
      async handle(events) {
        sent.push(...events.map((event) => event.position));
        return undefined;
      },
      truncate: () => undefined,
    };
    const runner = run(projection);
    await runner.start();
    await caughtUp(runner);
    expect(sent).toEqual([...ofProjection(positions), ...ofProjection(positions)]);
  });
});
