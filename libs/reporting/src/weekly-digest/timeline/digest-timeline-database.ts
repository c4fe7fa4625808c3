import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export const DIGEST_TIMELINE_DB = Symbol('DIGEST_TIMELINE_DB');

/** The runner of the digest timeline's projection (a ProjectionRunner). */
export const DIGEST_TIMELINE_RUNNER = Symbol('DIGEST_TIMELINE_RUNNER');

/**
 * `${DATA_DIR}/digest-timeline.sqlite`: the digest's temporal read model, a file of its own
 * (libs/read-models imports this library, so it cannot share read-models.sqlite). Derived
 * data, rebuilt from the events when deleted: NORMAL sync, as the other read models.
 */
export function openDigestTimelineDatabase(dataDir: string): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'digest-timeline.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  return db;
}
