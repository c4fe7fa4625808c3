import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { Client } from 'pg';
import { PostgresEventStore } from '@hazard/event-store';
import { startPostgres } from '../support/postgres';
import type { TestPostgres } from '../support/postgres';
import { tempDir } from '../support/temp-dir';
import type { TempDir } from '../support/temp-dir';
import { percentile, summarise } from './load';
import { realisticCaseEvents } from './realistic-case';
import type { Report } from './run';
import { progressEvent } from './raw-sqlite';

/** Each timed figure runs this long; the whole file stays around a minute. */
const SECONDS = 4;
/** 2,000 cases × 50 events: the ~100k events read back from $all. */
const CASES = 2000;
const S = 'postgres';

/**
 * The PostgreSQL event store on a fresh database of the server the tests use (the
 * machine's at 127.0.0.1:5432, else a private instance), beside pgbench on the same server.
 */
export async function run(report: Report): Promise<void> {
  report(S, `machine: ${cpus().length} CPUs, load average (1 min)`, loadavg()[0]);
  const postgres = await startPostgres();
  const dir = tempDir('hazard-bench-postgres-');
  try {
    const url = await postgres.createDatabase();
    report(S, 'server', `127.0.0.1:${postgres.port}, ${await serverVersion(url)}`);
    await singleWriterBesidePgbench(report, postgres, url, dir);
    for (const writers of [16, 64]) {
      const store = new PostgresEventStore(url);
      await durableAppends(store, writers, 0.2);
      const latencies = await durableAppends(store, writers, SECONDS);
      await store.close();
      reportAppends(report, `${writers} writers`, latencies, SECONDS);
    }
    await readAll(report, url);
    await subscriptionLag(report, url, 64);
  } finally {
    dir.remove();
    await postgres.stop();
  }
}

async function serverVersion(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return `PostgreSQL ${rows[0].server_version}`;
  } finally {
    await client.end();
  }
}

/** Like `events`, for the single-row baselines. */
const BASELINE_TABLE = `CREATE TABLE baseline_events (
  position bigint PRIMARY KEY, event_id uuid NOT NULL UNIQUE, stream_id text NOT NULL,
  revision integer NOT NULL, type text NOT NULL, data json NOT NULL, metadata json NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(), UNIQUE (stream_id, revision))`;

/** The transaction id gives a unique position and revision, as the store's append does. */
const baselineInsert = (data: string, metadata: string) =>
  `INSERT INTO baseline_events (position, event_id, stream_id, revision, type, data, metadata)
   VALUES (pg_current_xact_id()::text::bigint << 16, gen_random_uuid(), 'baseline',
           pg_current_xact_id()::text::bigint, 'ProgressRecorded', ${data}, ${metadata})`;

/**
 * One writer beside pgbench's one client inserting one row per transaction into a table
 * like ours, and beside the same INSERT sent from Node by pg (what the driver alone costs),
 * all with synchronous_commit on, in alternating one-second slices so that all see the
 * same disk on a machine shared with others.
 */
async function singleWriterBesidePgbench(
  report: Report,
  postgres: TestPostgres,
  url: string,
  dir: TempDir,
): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(BASELINE_TABLE);
  await client.query('SET synchronous_commit = on');
  const pgbench = pgbenchAvailable() ? pgbenchRun(postgres, url, dir) : null;
  const store = new PostgresEventStore(url);
  await durableAppends(store, 1, 0.2); // connect and make the schema outside the slices
  const latencies: number[] = [];
  let [pgbenchRows, nodeRows] = [0, 0];
  for (let slice = 0; slice < SECONDS; slice++) {
    if (pgbench) pgbenchRows += pgbench();
    nodeRows += await nodeInserts(client, 1);
    latencies.push(...(await durableAppends(store, 1, 1)));
  }
  await Promise.all([store.close(), client.end()]);
  reportAppends(report, '1 writer', latencies, SECONDS);
  const appendRate = latencies.length / SECONDS;
  report(S, 'pg from Node, the same single-row INSERTs/s, 1 client', nodeRows / SECONDS, '/s');
  if (!pgbench) {
    report(S, 'pgbench single-row INSERTs/s', 'skipped: pgbench is not installed');
    return;
  }
  const pgbenchRate = pgbenchRows / SECONDS;
  report(S, 'pgbench single-row INSERTs/s, 1 client (synchronous_commit=on)', pgbenchRate, '/s');
  report(S, '  ratio 1 writer / pgbench (target ≥ 0.8)', appendRate / pgbenchRate);
  report(S, '  ratio 1 writer / pg from Node', appendRate / (nodeRows / SECONDS));
}

const pgbenchAvailable = (): boolean => spawnSync('pgbench', ['--version']).status === 0;

/** A one-INSERT pgbench script; returns a function that runs it for one second. */
function pgbenchRun(postgres: TestPostgres, url: string, dir: TempDir): () => number {
  const script = dir.file('insert.sql');
  writeFileSync(script, `${baselineInsert(':data', ':metadata')};\n`);
  const { data, metadata } = progressEvent();
  const database = new URL(url).pathname.slice(1);
  return () => {
    const result = spawnSync(
      'pgbench',
      [
        ...['-h', postgres.host, '-p', String(postgres.port), '-U', postgres.user],
        ...['-n', '-M', 'prepared', '-c', '1', '-T', '1', '-f', script],
        ...['-D', `data=${JSON.stringify(data)}`, '-D', `metadata=${JSON.stringify(metadata)}`],
        database,
      ],
      { encoding: 'utf8', env: { ...process.env, PGOPTIONS: '-c synchronous_commit=on' } },
    );
    const processed = /number of transactions actually processed: (\d+)/.exec(result.stdout);
    if (result.status !== 0 || !processed) throw new Error(`pgbench failed: ${result.stderr}`);
    return Number(processed[1]);
  };
}

async function nodeInserts(client: Client, seconds: number): Promise<number> {
  const { data, metadata } = progressEvent();
  const values = [JSON.stringify(data), JSON.stringify(metadata)];
  const until = performance.now() + seconds * 1000;
  let count = 0;
  for (; performance.now() < until; count++) {
    await client.query({ name: 'baseline', text: baselineInsert('$1', '$2'), values });
  }
  return count;
}

/** `writers` loops on distinct streams, each awaiting its append before the next. */
async function durableAppends(
  store: PostgresEventStore,
  writers: number,
  seconds: number,
): Promise<number[]> {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  const writer = async () => {
    const stream = `bench-${randomUUID()}`;
    for (let revision = -1; performance.now() < until; revision++) {
      const started = performance.now();
      await store.append(stream, [progressEvent()], revision < 0 ? 'no_stream' : revision);
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: writers }, writer));
  return latencies;
}

function reportAppends(report: Report, label: string, latencies: number[], seconds: number) {
  const { perSecond, p50, p99 } = summarise(latencies, seconds);
  report(S, `durable appends/s, ${label}, 1 event each (pool of 10)`, perSecond, '/s');
  report(S, `  append latency p50 / p99, ${label}`, `${p50.toFixed(2)} / ${p99.toFixed(2)}`, 'ms');
}

async function readAll(report: Report, url: string): Promise<void> {
  const store = new PostgresEventStore(url);
  const started = performance.now();
  const next = { case: 0 };
  const writer = async () => {
    for (let c = next.case++; c < CASES; c = next.case++) {
      await store.append(`major_hazard-bench-${c}`, realisticCaseEvents(`bench-${c}`), 'no_stream');
    }
  };
  await Promise.all(Array.from({ length: 64 }, writer));
  const filled = (performance.now() - started) / 1000;
  report(S, `fill: ${CASES} cases × 50 events, 64 writers`, (CASES * 50) / filled, 'events/s');
  for (const page of [500, 5000]) {
    const reading = performance.now();
    let after: bigint | null = null;
    let total = 0;
    for (;;) {
      const batch = await store.readAll(after, page);
      total += batch.length;
      if (batch.length < page) break;
      after = batch[batch.length - 1].position;
    }
    const seconds = (performance.now() - reading) / 1000;
    report(S, `readAll $all, pages of ${page} (${total} events)`, total / seconds, 'events/s');
  }
  await store.close();
}

/**
 * Each event's delivery to a subscriber on another store (its own pool and LISTEN
 * connection, as in another process) while `writers` append for SECONDS: measured from
 * the append's acknowledgement (0 when delivered before the writer heard back) and from
 * the start of the append (which includes waiting for a connection of the pool).
 */
async function subscriptionLag(report: Report, url: string, writers: number): Promise<void> {
  const store = new PostgresEventStore(url);
  const follower = new PostgresEventStore(url);
  const { position } = await store.append(`lag-${randomUUID()}`, [progressEvent()], 'no_stream');
  const timings = new Map<string, { started: number; acknowledged?: number; delivered?: number }>();
  let delivered = 0;
  const subscription = follower.subscribe(position, (event) => {
    const timing = timings.get(event.id);
    if (timing) timing.delivered = performance.now();
    if (timing) delivered += 1;
  });
  const until = performance.now() + SECONDS * 1000;
  const writer = async () => {
    const stream = `lag-${randomUUID()}`;
    for (let revision = -1; performance.now() < until; revision++) {
      const event = progressEvent();
      const timing: { started: number; acknowledged?: number } = { started: performance.now() };
      timings.set(event.id, timing);
      await store.append(stream, [event], revision < 0 ? 'no_stream' : revision);
      timing.acknowledged = performance.now();
    }
  };
  await Promise.all(Array.from({ length: writers }, writer));
  while (delivered < timings.size) await new Promise((resolve) => setTimeout(resolve, 20));
  await subscription.stop();
  await Promise.all([store.close(), follower.close()]);
  const all = [...timings.values()];
  const sorted = (lags: number[]) => lags.sort((a, b) => a - b);
  const fromAck = sorted(all.map((t) => Math.max(0, (t.delivered ?? 0) - (t.acknowledged ?? 0))));
  const fromStart = sorted(all.map((t) => (t.delivered ?? 0) - t.started));
  const pair = (lags: number[]) =>
    `${percentile(lags, 0.5).toFixed(1)} / ${percentile(lags, 0.99).toFixed(1)}`;
  report(
    S,
    `subscription lag p50 / p99 after the ack (target p99 ≤ 100 ms), ${writers} writers`,
    pair(fromAck),
    'ms',
  );
  report(S, `  from the start of the append, p50 / p99`, pair(fromStart), 'ms');
  report(
    S,
    `  events delivered, max lag after the ack`,
    `${all.length}, ${fromAck.at(-1)?.toFixed(1)}`,
    'ms',
  );
}
