import type Database from 'better-sqlite3';

/**
 * The digest's temporal read model, in the read-model database:
 * - `digest_log`: every event of the store, numbered in global order (`ord`), with its
 *   business time and the latest business time seen up to it (`reach_ms`, which never
 *   decreases, so the first event at or after a cut-off is one index lookup); a case's
 *   event also names its case and the state it left and entered, and a listing or a
 *   closure how the week's activity names it;
 * - `digest_cases`: each case once, with its listing (what scopes and names it);
 * - `digest_intervals`: each case's successive snapshots, one per event that changed it,
 *   valid from the event that made it (`from_ord`) up to the case's next interval, stored
 *   in (case, from) order: a case as of any cut is one seek, its last interval before the
 *   cut, and all cases are one forward walk through the table.
 */
export function createDigestTimelineTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS digest_log (
      ord INTEGER PRIMARY KEY,
      position INTEGER NOT NULL,
      occurred_ms INTEGER,
      reach_ms INTEGER,
      case_key INTEGER,
      type TEXT,
      from_state TEXT,
      to_state TEXT,
      ref TEXT
    );
    CREATE INDEX IF NOT EXISTS digest_log_reach ON digest_log (reach_ms);
    CREATE TABLE IF NOT EXISTS digest_cases (
      case_key INTEGER PRIMARY KEY,
      stream_id TEXT NOT NULL UNIQUE,
      listing TEXT,
      open_from INTEGER
    );
    CREATE TABLE IF NOT EXISTS digest_intervals (
      case_key INTEGER NOT NULL,
      from_ord INTEGER NOT NULL,
      snapshot TEXT NOT NULL,
      PRIMARY KEY (case_key, from_ord)
    ) WITHOUT ROWID;
  `);
}

export function dropDigestTimelineTables(db: Database.Database): void {
  db.exec(`
    DROP TABLE IF EXISTS digest_log;
    DROP TABLE IF EXISTS digest_cases;
    DROP TABLE IF EXISTS digest_intervals;
  `);
}
