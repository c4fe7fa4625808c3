import Database from 'better-sqlite3';
import { localDayBounds } from '@hazard/domain';
import { buildDailyReport, renderDailyReport } from '@hazard/reporting';
import { DailySnapshotReader } from '../../libs/campaign/src/daily/figures/daily-snapshot';

/**
 * Run as its own process by daily.bench.ts: a cold start that opens the campaign database,
 * computes a day's figures, then its report, rendered in both languages, and prints the times.
 * `performance.now()` counts from the process's start, so `processMs` includes loading.
 */
function main(): void {
  const [file, day, timeZone] = process.argv.slice(2);
  const opened = performance.now();
  const db = new Database(file, { readonly: true });
  const cutOff = localDayBounds(day, timeZone).end;
  const reader = new DailySnapshotReader(db);
  const started = performance.now();
  const snapshot = reader.snapshot(cutOff.getTime());
  const figuresMs = performance.now() - started;
  const report = buildDailyReport(snapshot, { date: day, timeZone, cutOff, shown: 10 });
  const rendered = ['zh-CN', 'en'].flatMap((lang) =>
    (['json', 'md', 'html'] as const).map(
      (format) => renderDailyReport(report, format, lang as 'zh-CN' | 'en').body.length,
    ),
  );
  const reportMs = performance.now() - started;
  db.close();
  console.log(
    JSON.stringify({
      loadMs: opened,
      figuresMs,
      reportMs,
      processMs: performance.now(),
      headline: report.headline,
      renderedBytes: rendered.reduce((a, b) => a + b, 0),
    }),
  );
}

main();
