import { cpus, loadavg } from 'node:os';
import { SqliteEventStore } from '@hazard/event-store';
import { caseFacts, DEFAULT_DEADLINE_POLICY, foldCase } from '@hazard/domain';
import { loadCase, toHazardEvent } from '@hazard/commands';
import { tempDir } from '../support/temp-dir';
import type { TempDir } from '../support/temp-dir';
import { progressEvent, rawInserts } from './raw-sqlite';
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
    const raw = await singleWriterBesideRaw(report, dir);
    for (const writers of [16, 64]) {
      const latencies = await durableAppends(dir.file(`w${writers}.sqlite`), writers, SECONDS);
      reportAppends(report, `${writers} writers`, latencies, SECONDS);
      const ratio = latencies.length / SECONDS / raw;
      report(S, `  ratio to raw, ${writers} writers (target ≥ 5 for 64)`, ratio, '×');
    }
    const store = new SqliteEventStore(dir.file('cases.sqlite'));
    await fillCases(report, store);
    for (const page of [500, 5000]) await readAllPages(report, store, page);
    await rehydrate(report, store);
    await store.close();
    await rehydrateFromSnapshots(report, dir.file('cases.sqlite'));
  } finally {
    dir.remove();
  }
}

/**
 * The one-writer figure and its raw floor, in alternating one-second slices so that both
 * see the same disk: on a shared machine fsync latency swings with the neighbours' I/O.
 */
async function singleWriterBesideRaw(report: Report, dir: TempDir): Promise<number> {
  let raw = 0;
  const latencies: number[] = [];
  for (let slice = 0; slice < SECONDS; slice++) {
    raw += rawInserts(dir.file(`raw-${slice}.sqlite`), 1);
    latencies.push(...(await durableAppends(dir.file(`single-${slice}.sqlite`), 1, 1)));
  }
  report(S, 'raw better-sqlite3 INSERTs/s, 1 per transaction (WAL, FULL)', raw / SECONDS, '/s');
  reportAppends(report, '1 writer', latencies, SECONDS);
  return raw / SECONDS;
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

/**
 * loadCase as commands use it: the first load of each case reads and folds all 50 events and
 * keeps the snapshot; after one more event per case, a load reads and folds that one only.
 */
async function rehydrateFromSnapshots(report: Report, file: string): Promise<void> {
  const store = new SqliteEventStore(file);
  const caseIds = Array.from({ length: CASES }, (_, c) => `bench-${c}`);
  const first = await timedLoads(store, caseIds);
  const next = { case: 0 };
  const writer = async () => {
    for (let c = next.case++; c < CASES; c = next.case++) {
      await store.append(`major_hazard-bench-${c}`, [progressEvent()], 49);
    }
  };
  await Promise.all(Array.from({ length: 64 }, writer));
  const again = await timedLoads(store, caseIds);
  await store.close();
  report(S, 'loadCase, first load (no snapshot yet), mean / p99', pair(first), 'µs');
  report(S, 'rehydrate from snapshot + 1 new event (loadCase), mean', mean(again), 'µs');
  report(S, '  from snapshot, p99', percentile(again, 0.99), 'µs');
}

async function timedLoads(store: SqliteEventStore, caseIds: string[]): Promise<number[]> {
  const times: number[] = [];
  for (const caseId of caseIds) {
    const started = performance.now();
    await loadCase(store, caseId);
    times.push((performance.now() - started) * 1000);
  }
  return times;
}

const pair = (us: number[]): string =>
  `${mean(us).toFixed(0)} / ${percentile(us, 0.99).toFixed(0)}`;

const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

const latencyPair = (ms: number[]): string =>
  `${percentile(ms, 0.5).toFixed(2)} / ${percentile(ms, 0.99).toFixed(2)}`;
