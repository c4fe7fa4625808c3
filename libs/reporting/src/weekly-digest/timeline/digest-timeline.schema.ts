import type Database from 'better-sqlite3';

/** An interval still open: its case has had no event since. Larger than any ordinal. */
export const OPEN_END = Number.MAX_SAFE_INTEGER;

/**
 * The digest's temporal read model, in the read-model database:
 * - `digest_log`: every event of the store, numbered in global order (`ord`), with its
 *   business time and the latest business time seen up to it (`reach_ms`, which never
 *   decreases, so the first event at or after a cut-off is one index lookup); a case's
 *   event also names its case and the state it left and entered, and a listing or a
 *   closure how the week's activity names it;
 * - `digest_cases`: each case once, with its listing (what scopes and names it);
 * - `digest_intervals`: each case's successive snapshots, one per event that changed it,
 *   valid from the event that made it (`from_ord`, also its rowid) to the next
 *   (`to_ord`, OPEN_END while none), so a case as of any cut is found by an index.
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
    CREATE INDEX IF NOT EXISTS digest_log_occurred ON digest_log (occurred_ms)
      WHERE case_key IS NOT NULL;
    CREATE TABLE IF NOT EXISTS digest_cases (
      case_key INTEGER PRIMARY KEY,
      stream_id TEXT NOT NULL UNIQUE,
      listing TEXT,
      open_from INTEGER
    );
    CREATE TABLE IF NOT EXISTS digest_intervals (
      from_ord INTEGER PRIMARY KEY,
      case_key INTEGER NOT NULL,
      to_ord INTEGER NOT NULL,
      snapshot TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS digest_intervals_to ON digest_intervals (to_ord);
  `);
}

export function dropDigestTimelineTables(db: Database.Database): void {
  db.exec(`
    DROP TABLE IF EXISTS digest_log;
    DROP TABLE IF EXISTS digest_cases;
    DROP TABLE IF EXISTS digest_intervals;
  `);
}
