import Database from 'better-sqlite3';
import { localDayBounds } from '@hazard/domain';
import { DailySnapshotReader } from '../../libs/campaign/src/daily/figures/daily-snapshot';
import { buildDailyReport } from '../../libs/reporting/src/daily-report/daily-report.model';
import { renderDailyReport } from '../../libs/reporting/src/daily-report/render-daily-report';

/**
 * Run as its own process by daily.bench.ts: a cold start that opens the campaign database,
 * computes a day's figures, then its report, rendered in both languages, and prints the times.
 * `performance.now()` counts from the process's start, so `processMs` includes loading. It
 * loads the modules the work needs, not the libraries' barrels: @hazard/reporting's brings
 * Nest, BullMQ and ioredis with its modules (0.9 s here), which a report does not use.
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
