import { SqliteEventStore } from '@hazard/event-store';
import { openReadModelDatabase, rebuildReadModels } from '@hazard/read-models';
import { tempDir } from '../support/temp-dir';
import { writeEventsInBulk } from './bulk-events';
import { campaignLog, EVENTS_PER_CASE } from './campaign-log';
import type { Report } from './run';

const CASES = Number(process.env.REBUILD_CASES ?? 100_000);
const S = 'rebuild';

/** `rebuild-read-models` over a campaign's log: what the CLI does, timed from the outside. */
export async function run(report: Report): Promise<void> {
  const dir = tempDir('hazard-bench-rebuild-');
  try {
    const file = dir.file('events.sqlite');
    const setupStarted = performance.now();
    writeEventsInBulk(file, campaignLog(CASES));
    report(
      S,
      `setup: ${CASES.toLocaleString('en-US')} cases, ${(CASES * EVENTS_PER_CASE).toLocaleString('en-US')} events written in bulk`,
      (performance.now() - setupStarted) / 1000,
      's',
    );
    const store = new SqliteEventStore(file);
    const db = openReadModelDatabase(dir.file('read-models.sqlite'));
    const heapBefore = process.memoryUsage().heapUsed;
    const result = await rebuildReadModels(db, store);
    const heapAfter = process.memoryUsage().heapUsed;
    const rows = db.prepare('SELECT COUNT(*) AS n FROM hazard_cases').get() as { n: number };
    report(
      S,
      `rebuild (count, drop, replay): ${result.done.toLocaleString('en-US')} events`,
      result.elapsedMs / 1000,
      's',
    );
    report(S, 'events replayed per second', (result.done / result.elapsedMs) * 1000, 'events/s');
    report(S, 'rows in hazard_cases afterwards', rows.n);
    report(S, 'heap growth during the rebuild', (heapAfter - heapBefore) / 2 ** 20, 'MiB');
    db.close();
    await store.close();
  } finally {
    dir.remove();
  }
}
