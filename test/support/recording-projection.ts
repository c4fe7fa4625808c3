import type Database from 'better-sqlite3';
import { SqliteCheckpointStore } from '@hazard/event-store';
import type { Checkpoint, Projection, RecordedEvent } from '@hazard/event-store';

/** Events of this type are not the projection's: they only move its checkpoint on. */
export const UNRELATED = 'Unrelated';

export interface RecordingOptions {
  name?: string;
  version?: number;
  /** While writing the event at this position, fail this many times: throw, or die at once. */
  failAt?: { position: bigint; times: number; how: 'throw' | 'kill' };
}

export interface RecordingProjection extends Projection {
  /** The positions of every page handed to `handle`, in order. */
  pages: bigint[][];
  truncations: Array<Checkpoint | null>;
  caughtUpCalls: number;
}

/**
 * A projection for testing the runner: one `recorded` row per event, inserted (never
 * upserted, so a second write of an event would fail), with its checkpoint in the same file.
 */
export function recordingProjection(
  db: Database.Database,
  options: RecordingOptions = {},
): RecordingProjection {
  const version = options.version ?? 1;
  db.exec(`CREATE TABLE IF NOT EXISTS recorded (
    position INTEGER PRIMARY KEY, type TEXT NOT NULL, version INTEGER NOT NULL)`);
  const insert = db.prepare<[bigint, string, number]>(
    'INSERT INTO recorded (position, type, version) VALUES (?, ?, ?)',
  );
  const failAt = options.failAt && { ...options.failAt };
  const projection: RecordingProjection = {
    name: options.name ?? 'test/recording',
    version,
    checkpoints: new SqliteCheckpointStore(db),
    pages: [],
    truncations: [],
    caughtUpCalls: 0,
    handles: (event): event is RecordedEvent => event.type !== UNRELATED,
    handle(events) {
      projection.pages.push(events.map((event) => event.position));
      return () => {
        for (const event of events) {
          insert.run(event.position, event.type, version);
          if (failAt?.position === event.position && failAt.times > 0) {
            failAt.times -= 1;
            if (failAt.how === 'kill') process.kill(process.pid, 'SIGKILL');
            throw new Error(`failed while writing ${event.position}`);
          }
        }
      };
    },
    truncate(previous) {
      projection.truncations.push(previous);
      return () => db.exec('DELETE FROM recorded');
    },
    caughtUp() {
      projection.caughtUpCalls += 1;
    },
  };
  return projection;
}

export const recordedRows = (db: Database.Database) =>
  db
    .prepare<[], { position: bigint; type: string; version: number }>(
      'SELECT position, type, version FROM recorded ORDER BY position',
    )
    .safeIntegers(true)
    .all()
    .map((row) => ({ ...row, version: Number(row.version) }));
