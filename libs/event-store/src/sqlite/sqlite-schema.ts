import type Database from 'better-sqlite3';

/**
 * One table is the whole store: `position` is the global order, `(stream_id, revision)` the
 * per-stream order, `event_id` the idempotency key.
 */
export function openEventsSchema(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  // FULL: the WAL is fsynced at every commit, so an acknowledged append survives power loss.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(`
    CREATE TABLE IF NOT EXISTS events (
      position    INTEGER PRIMARY KEY AUTOINCREMENT,
      event_id    TEXT    NOT NULL UNIQUE,
      stream_id   TEXT    NOT NULL,
      revision    INTEGER NOT NULL,
      type        TEXT    NOT NULL,
      data        TEXT    NOT NULL,
      metadata    TEXT    NOT NULL,
      recorded_at TEXT    NOT NULL,
      UNIQUE (stream_id, revision)
    );
  `);
}
