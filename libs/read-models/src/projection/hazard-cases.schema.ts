import type Database from 'better-sqlite3';

/**
 * `hazard_cases` holds one narrow row per case: the columns the list filters and orders on.
 * Its rowid is `listed_position` (the global position of HazardListed): unique, growing with
 * time, so "newest listing first" is the table's own order, a stable keyset cursor, and the
 * tail of every index: where a query's equalities cover an index's columns, its rows come
 * out already in list order. The machine's snapshot, from which the detail view is derived
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
      overdue          INTEGER NOT NULL,
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
    CREATE INDEX IF NOT EXISTS hazard_cases_overdue ON hazard_cases (overdue);
    CREATE INDEX IF NOT EXISTS hazard_cases_overdue_town ON hazard_cases (overdue, town);
    CREATE INDEX IF NOT EXISTS hazard_cases_overdue_priority ON hazard_cases (overdue, priority);
  `);
}

export function dropHazardCasesSchema(db: Database.Database): void {
  db.exec('DROP TABLE IF EXISTS hazard_cases; DROP TABLE IF EXISTS hazard_case_snapshots;');
}
