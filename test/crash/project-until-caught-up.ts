/**
 * Child process of the projection crash test: runs the recording projection over an event
 * store until it has caught up, printing one JSON line per page handed over (its positions).
 * With a fourth argument it dies by SIGKILL while writing the event at that position, inside
 * the page's transaction.
 *
 * Usage: node --require tsx/cjs test/crash/project-until-caught-up.ts <events> <target> <page> [kill at]
 */
import Database from 'better-sqlite3';
import { ProjectionRunner } from '../../libs/event-store/src/projections/projection-runner';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store';
import { recordingProjection } from '../support/recording-projection';

const [eventsFile, targetFile, page, killAt] = process.argv.slice(2);

async function main(): Promise<void> {
  const store = new SqliteEventStore(eventsFile);
  const db = new Database(targetFile);
  const failAt = killAt ? { position: BigInt(killAt), times: 1, how: 'kill' as const } : undefined;
  const projection = recordingProjection(db, { failAt });
  const handle = projection.handle;
  projection.handle = (events) => {
    process.stdout.write(`${JSON.stringify(events.map((event) => String(event.position)))}\n`);
    return handle(events);
  };
  const runner = new ProjectionRunner(store, projection, { batchSize: Number(page) });
  await runner.start();
  while ((await runner.status()).behind > 0) await new Promise((r) => setTimeout(r, 10));
  await runner.stop();
  db.close();
  await store.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`project-until-caught-up failed: ${String(error)}\n`);
  process.exit(1);
});
