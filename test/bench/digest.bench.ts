import { DEFAULT_DEADLINE_POLICY } from '@hazard/domain';
import { deepStrictEqual } from 'node:assert';
import { ProjectionRunner, SqliteEventStore } from '@hazard/event-store';
import {
  computeWeeklyDigestFromStore,
  DigestTimeline,
  DigestTimelineProjection,
  renderDigest,
  weekBounds,
} from '@hazard/reporting';
import type { WeekBounds } from '@hazard/reporting';
import { openReadModelDatabase } from '@hazard/read-models';
import type { TempDir } from '../support/temp-dir';
import { tempDir } from '../support/temp-dir';
import { writeEventsInBulk } from './bulk-events';
import { campaignLog, EVENTS_PER_CASE } from './campaign-log';
import type { Report } from './run';

const CASES = 100_000;
const TZ = 'Asia/Shanghai';
const S = 'digest';

export async function run(report: Report): Promise<void> {
  const dir = tempDir('hazard-bench-digest-');
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
    const readStarted = performance.now();
    let read = 0;
    for (let after: bigint | null = null; ;) {
      const page = await store.readAll(after, 5000);
      read += page.length;
      if (page.length < 5000) break;
      after = page[page.length - 1].position;
    }
    report(
      S,
      `read only: ${read.toLocaleString('en-US')} events through readAll pages of 5,000`,
      (performance.now() - readStarted) / 1000,
      's',
    );
    const bounds = weekBounds('2026-W47', TZ);
    const fromTimeline = await timelineDigest(report, dir, store, bounds);
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const digest = await computeWeeklyDigestFromStore(store, bounds, DEFAULT_DEADLINE_POLICY);
    const ms = performance.now() - started;
    const heapAfter = process.memoryUsage().heapUsed;
    report(S, 'the plain fold: W47 digest end to end (read + fold + aggregate)', ms / 1000, 's');
    deepStrictEqual(fromTimeline, digest, 'the timeline and the fold disagree');
    report(S, 'the timeline digest equals the fold, field by field', 'yes');
    report(S, '  events folded per second', (digest.source.events / ms) * 1000, 'events/s');
    report(S, '  heap growth during the fold', (heapAfter - heapBefore) / 2 ** 20, 'MiB');
    const t = digest.totals;
    report(
      S,
      'digest: listed / rectified / closed / in progress / overdue',
      `${t.listed} / ${t.rectified} / ${t.closed} / ${t.inProgress} / ${t.overdue}`,
    );
    for (const format of ['md', 'html'] as const) {
      const renderStarted = performance.now();
      const body = renderDigest(digest, format, 'zh-CN').body;
      report(
        S,
        `render ${format} (${digest.openCases.length.toLocaleString('en-US')} open cases, ${(body.length / 2 ** 20).toFixed(1)} M chars)`,
        (performance.now() - renderStarted) / 1000,
        's',
      );
    }
    await store.close();
  } finally {
    dir.remove();
  }
}

/**
 * The digest from its temporal read model: the projection fills it (as the API does, from
 * the ProjectionRunner; not timed as the digest), then the week is a few indexed queries.
 */
async function timelineDigest(
  report: Report,
  dir: TempDir,
  store: SqliteEventStore,
  bounds: WeekBounds,
) {
  const db = openReadModelDatabase(dir.file('read-models.sqlite'));
  const projection = new DigestTimelineProjection(db, DEFAULT_DEADLINE_POLICY);
  const runner = new ProjectionRunner(store, projection, { batchSize: 1000, follow: false });
  const built = await runner.rebuild();
  report(S, 'timeline projection over the log', (built.done / built.elapsedMs) * 1000, 'events/s');
  const timeline = new DigestTimeline(db);
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const digest = timeline.compute(bounds, DEFAULT_DEADLINE_POLICY);
  const ms = performance.now() - started;
  const heapAfter = process.memoryUsage().heapUsed;
  report(S, 'compute W47 digest end to end from the timeline (target ≤ 2 s)', ms / 1000, 's');
  report(S, '  heap growth (target ≤ 100 MiB)', (heapAfter - heapBefore) / 2 ** 20, 'MiB');
  const again = performance.now();
  timeline.compute(weekBounds('2026-W46', TZ), DEFAULT_DEADLINE_POLICY);
  report(
    S,
    '  W46 digest from the timeline (a past week)',
    (performance.now() - again) / 1000,
    's',
  );
  db.close();
  return digest;
}
