import type { CaseSnapshot } from '@hazard/workflows';
import { DEFAULT_DEADLINE_POLICY, foldCase, initialCaseSnapshot } from '@hazard/domain';
import { ProjectionRunner, SqliteEventStore } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import { caseStream } from '@hazard/commands';
import { HazardCasesProjection, openReadModelDatabase } from '@hazard/read-models';
import { tempDir } from '../support/temp-dir';
import type { TempDir } from '../support/temp-dir';
import { writeEventsInBulk } from './bulk-events';
import { campaignLog, EVENTS_PER_CASE } from './campaign-log';
import type { Report } from './run';

const CASES = 100_000;
/** The easy order needs no million events to show what batching by case gives. */
const CASES_IN_CASE_ORDER = 20_000;
const PAGE = 1000;
const S = 'rebuild';

/**
 * `rebuild-read-models` (the runner and projection the CLI uses) over the digest's campaign
 * log, beside what merely reading and folding the same log costs: the rate no rebuild beats.
 */
export async function run(report: Report): Promise<void> {
  const dir = tempDir('hazard-bench-rebuild-');
  try {
    const store = setUp(report, dir, 'time', CASES);
    const { done, elapsedMs } = await rebuild(report, dir, store, CASES);
    report(S, "events replayed per second (the CLI's rate)", (done / elapsedMs) * 1000, 'events/s');
    const foldMs = await readAndFold(store);
    report(S, 'ceiling: the same log read and folded, no rows', (done / foldMs) * 1000, 'events/s');
    await store.close();

    const byCase = setUp(report, dir, 'case', CASES_IN_CASE_ORDER);
    const easy = await rebuild(report, dir, byCase, CASES_IN_CASE_ORDER);
    report(
      S,
      "events replayed per second, each case's life in a row",
      (easy.done / easy.elapsedMs) * 1000,
      'events/s',
    );
    await byCase.close();
  } finally {
    dir.remove();
  }
}

function setUp(report: Report, dir: TempDir, order: 'time' | 'case', cases: number) {
  const file = dir.file(`events-${order}.sqlite`);
  const started = performance.now();
  writeEventsInBulk(file, campaignLog(cases, order));
  report(
    S,
    `setup: ${cases.toLocaleString('en-US')} cases, ${(cases * EVENTS_PER_CASE).toLocaleString('en-US')} events in ${order} order, in bulk`,
    (performance.now() - started) / 1000,
    's',
  );
  return new SqliteEventStore(file);
}

async function rebuild(report: Report, dir: TempDir, store: EventStore, cases: number) {
  const db = openReadModelDatabase(dir.file(`read-models-${cases}.sqlite`));
  const runner = new ProjectionRunner(
    store,
    new HazardCasesProjection(db, store, DEFAULT_DEADLINE_POLICY),
    {
      batchSize: PAGE,
    },
  );
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const result = await runner.rebuild();
  const totalMs = performance.now() - started;
  const heapAfter = process.memoryUsage().heapUsed;
  const rows = db.prepare('SELECT COUNT(*) AS n FROM hazard_cases').get() as { n: number };
  db.close();
  report(S, `rebuild end to end (count, empty, replay in pages of ${PAGE})`, totalMs / 1000, 's');
  report(S, `rows in hazard_cases afterwards (of ${cases.toLocaleString('en-US')})`, rows.n);
  report(S, 'heap growth during the rebuild', (heapAfter - heapBefore) / 2 ** 20, 'MiB');
  return result;
}

/** The log read in the same pages and folded into a map of snapshots, nothing written. */
async function readAndFold(store: EventStore): Promise<number> {
  const started = performance.now();
  const cases = new Map<string, CaseSnapshot>();
  const initial = initialCaseSnapshot();
  for (let after: bigint | null = null; ;) {
    const page = await store.readAll(after, PAGE);
    for (const event of page) {
      const typed = caseStream.decode(event);
      cases.set(typed.streamId, foldCase([typed], cases.get(typed.streamId) ?? initial));
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1].position;
  }
  return performance.now() - started;
}
