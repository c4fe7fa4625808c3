import type Database from 'better-sqlite3';

/**
 * `hazard_cases` holds one narrow row per case: the columns the list filters and orders on.
 * Its rowid is `listed_position` (the global position of HazardListed): unique, growing with
 * time, so "newest listing first" is the table's own order, a stable keyset cursor, and the
 * tail of every index: where a query's equalities cover an index's columns, its rows come
 * out already in list order. Overdue (the deadline in force has passed) is a matter of time,
 * not of a stored flag: the cases whose miss is recorded (`miss_recorded`, in list order)
 * plus the few whose deadline has passed but whose miss is not recorded yet (a partial index
 * on `deadline_at`). The machine's snapshot, from which the detail view is derived
 * and onto which the next event is folded, lives beside it in `hazard_case_snapshots`, so
 * that scans and counts over a million cases touch only the narrow rows.
 */
export function createHazardCasesSchema(db: Database.Database): void {
  createHazardCasesTables(db);
  createHazardCasesIndexes(db);
}

/** The tables alone: a replay from the start fills them first and indexes them at the end. */
export function createHazardCasesTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS hazard_cases (
      listed_position  INTEGER PRIMARY KEY,
      id               TEXT    NOT NULL UNIQUE,
      state            TEXT    NOT NULL,
      state_group      TEXT    NOT NULL,
      town             TEXT    NOT NULL,
      priority         TEXT    NOT NULL,
      leader_id        TEXT,
      deadline_at      INTEGER,
      miss_recorded    INTEGER NOT NULL,
      escalation_level TEXT,
      version          INTEGER NOT NULL,
      last_position    INTEGER NOT NULL,
      listed_at        TEXT    NOT NULL,
      updated_at       TEXT    NOT NULL
    );
    CREATE TABLE IF NOT EXISTS hazard_case_snapshots (
      listed_position INTEGER PRIMARY KEY,
      snapshot        TEXT    NOT NULL
    );
  `);
}

export function createHazardCasesIndexes(db: Database.Database): void {
  db.exec(`
    CREATE INDEX IF NOT EXISTS hazard_cases_town ON hazard_cases (town);
    CREATE INDEX IF NOT EXISTS hazard_cases_town_group ON hazard_cases (town, state_group);
    CREATE INDEX IF NOT EXISTS hazard_cases_group ON hazard_cases (state_group);
    CREATE INDEX IF NOT EXISTS hazard_cases_group_priority ON hazard_cases (state_group, priority);
    CREATE INDEX IF NOT EXISTS hazard_cases_state ON hazard_cases (state);
    CREATE INDEX IF NOT EXISTS hazard_cases_priority ON hazard_cases (priority);
    CREATE INDEX IF NOT EXISTS hazard_cases_leader ON hazard_cases (leader_id);
    CREATE INDEX IF NOT EXISTS hazard_cases_missed ON hazard_cases (miss_recorded);
    CREATE INDEX IF NOT EXISTS hazard_cases_missed_town ON hazard_cases (miss_recorded, town);
    CREATE INDEX IF NOT EXISTS hazard_cases_missed_priority ON hazard_cases (miss_recorded, priority);
    CREATE INDEX IF NOT EXISTS hazard_cases_due_unrecorded ON hazard_cases (deadline_at)
      WHERE miss_recorded = 0;
  `);
}

export function dropHazardCasesSchema(db: Database.Database): void {
  db.exec('DROP TABLE IF EXISTS hazard_cases; DROP TABLE IF EXISTS hazard_case_snapshots;');
}
