import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import Database from 'better-sqlite3';
import { SqliteEventStore } from '@hazard/event-store';
import type { NewEvent } from '@hazard/event-store';
import { caseFacts, DEFAULT_DEADLINE_POLICY, foldCase } from '@hazard/domain';
import { toHazardEvent } from '@hazard/commands';
import { openEventsSchema } from '../../libs/event-store/src/sqlite/sqlite-schema';
import { tempDir } from '../support/temp-dir';
import type { TempDir } from '../support/temp-dir';
import { realisticCaseEvents } from './realistic-case';
import type { Report } from './run';

/** Each timed figure runs this long; the whole file stays well under two minutes. */
const SECONDS = 4;
/** 4,000 cases × 50 events: the ~200k events read back from $all. */
const CASES = 4000;
const REHYDRATIONS = 3000;
const S = 'event-store';

export async function run(report: Report): Promise<void> {
  // Figures from a shared machine mean little without its load beside them.
  report(S, `machine: ${cpus().length} CPUs, load average (1 min)`, loadavg()[0]);
  const dir = tempDir('hazard-bench-');
  try {
    await singleWriterBesideRaw(report, dir);
    for (const writers of [16, 64]) {
      const latencies = await durableAppends(dir.file(`w${writers}.sqlite`), writers, SECONDS);
      reportAppends(report, `${writers} writers`, latencies, SECONDS);
    }
    const store = new SqliteEventStore(dir.file('cases.sqlite'));
    await fillCases(report, store);
    for (const page of [500, 5000]) await readAllPages(report, store, page);
    await rehydrate(report, store);
    await store.close();
  } finally {
    dir.remove();
  }
}

/**
 * The one-writer figure and its raw floor, in alternating one-second slices so that both
 * see the same disk: on a shared machine fsync latency swings with the neighbours' I/O.
 */
async function singleWriterBesideRaw(report: Report, dir: TempDir): Promise<void> {
  let raw = 0;
  const latencies: number[] = [];
  for (let slice = 0; slice < SECONDS; slice++) {
    raw += rawInserts(dir.file(`raw-${slice}.sqlite`), 1);
    latencies.push(...(await durableAppends(dir.file(`single-${slice}.sqlite`), 1, 1)));
  }
  report(S, 'raw better-sqlite3 INSERTs/s, 1 per transaction (WAL, FULL)', raw / SECONDS, '/s');
  reportAppends(report, '1 writer', latencies, SECONDS);
}

/** `writers` loops on distinct streams, each awaiting its append before the next. */
async function durableAppends(file: string, writers: number, seconds: number): Promise<number[]> {
  const store = new SqliteEventStore(file);
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  const writer = async (w: number) => {
    for (let revision = -1; performance.now() < until; revision++) {
      const started = performance.now();
      await store.append(`bench-${w}`, [progressEvent()], revision < 0 ? 'no_stream' : revision);
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));
  await store.close();
  return latencies;
}

function reportAppends(report: Report, label: string, latencies: number[], seconds: number) {
  report(S, `durable appends/s, ${label}, 1 event each`, latencies.length / seconds, '/s');
  report(S, `  append latency p50 / p99, ${label}`, latencyPair(latencies), 'ms');
}

/** The floor to compare with: one INSERT per transaction, same schema and durability. */
function rawInserts(file: string, seconds: number): number {
  const db = new Database(file);
  openEventsSchema(db);
  const insert = db.prepare(
    `INSERT INTO events (event_id, stream_id, revision, type, data, metadata, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const until = performance.now() + seconds * 1000;
  let count = 0;
  for (; performance.now() < until; count++) {
    const event = progressEvent();
    insert.run(
      event.id,
      'raw',
      count,
      event.type,
      JSON.stringify(event.data),
      JSON.stringify(event.metadata),
      new Date().toISOString(),
    );
  }
  db.close();
  return count;
}

async function fillCases(report: Report, store: SqliteEventStore): Promise<void> {
  const started = performance.now();
  const next = { case: 0 };
  const writer = async () => {
    for (let c = next.case++; c < CASES; c = next.case++) {
      await store.append(`major_hazard-bench-${c}`, realisticCaseEvents(`bench-${c}`), 'no_stream');
    }
  };
  await Promise.all(Array.from({ length: 64 }, writer));
  const seconds = (performance.now() - started) / 1000;
  report(S, `fill: ${CASES} cases × 50 events, 64 writers`, (CASES * 50) / seconds, 'events/s');
}

async function readAllPages(report: Report, store: SqliteEventStore, page: number): Promise<void> {
  const started = performance.now();
  let after: bigint | null = null;
  let total = 0;
  for (;;) {
    const batch = await store.readAll(after, page);
    total += batch.length;
    if (batch.length < page) break;
    after = batch[batch.length - 1].position;
  }
  const seconds = (performance.now() - started) / 1000;
  report(S, `readAll $all, pages of ${page} (${total} events)`, total / seconds, 'events/s');
}

async function rehydrate(report: Report, store: SqliteEventStore): Promise<void> {
  const totals: number[] = [];
  const folds: number[] = [];
  for (let i = 0; i < REHYDRATIONS; i++) {
    const started = performance.now();
    const events = await store.read(`major_hazard-bench-${(i * 7919) % CASES}`);
    const read = performance.now();
    const snapshot = foldCase(events.map(toHazardEvent));
    const done = performance.now();
    const facts = caseFacts(snapshot, { asOf: new Date(), policy: DEFAULT_DEADLINE_POLICY });
    if (facts?.state !== 'rectified' || facts.progressReports === 0) {
      throw new Error('the benchmark case did not fold to where it should; fix realistic-case.ts');
    }
    totals.push((done - started) * 1000);
    folds.push((done - read) * 1000);
  }
  report(S, 'rehydrate a 50-event case: read + fold, mean', mean(totals), 'µs');
  report(S, '  read + fold, p99', percentile(totals, 0.99), 'µs');
  report(S, '  of which fold through the machine, mean', mean(folds), 'µs');
}

const progressEvent = (): NewEvent => ({
  id: randomUUID(),
  type: 'ProgressRecorded',
  data: { note: '第3周：加固施工按计划推进，已完成40%' },
  metadata: {
    actor: { userId: 'u-leader', name: '张三', role: 'leader' },
    commandId: randomUUID(),
    occurredAt: '2026-11-30T08:00:00+08:00',
    schemaVersion: 1,
  },
});

const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

const latencyPair = (ms: number[]): string =>
  `${percentile(ms, 0.5).toFixed(2)} / ${percentile(ms, 0.99).toFixed(2)}`;
