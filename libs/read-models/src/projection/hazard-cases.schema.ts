import type Database from 'better-sqlite3';

/**
 * One row per case: the columns the list filters and orders on, plus the machine's snapshot
 * (to fold the next event without re-reading the stream) and the detail view as JSON.
 *
 * `listed_position` (the global position of HazardListed) is unique and grows with time, so
 * `ORDER BY listed_position DESC` is "newest listing first" and a stable keyset cursor. Each
 * filter column has an index ending in listed_position, so a filtered page is an index range
 * walk rather than a sort of the matching rows.
 */
export function createHazardCasesSchema(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS hazard_cases (
      id               TEXT    PRIMARY KEY,
      listed_position  INTEGER NOT NULL UNIQUE,
      listed_at        TEXT    NOT NULL,
      updated_at       TEXT    NOT NULL,
      state            TEXT    NOT NULL,
      state_group      TEXT    NOT NULL,
      town             TEXT    NOT NULL,
      priority         TEXT    NOT NULL,
      leader_id        TEXT,
      overdue          INTEGER NOT NULL,
      escalation_level TEXT,
      version          INTEGER NOT NULL,
      last_position    INTEGER NOT NULL,
      snapshot         TEXT    NOT NULL,
      detail           TEXT    NOT NULL
    );
    CREATE INDEX IF NOT EXISTS hazard_cases_town ON hazard_cases (town, listed_position);
    CREATE INDEX IF NOT EXISTS hazard_cases_town_group
      ON hazard_cases (town, state_group, listed_position);
    CREATE INDEX IF NOT EXISTS hazard_cases_group ON hazard_cases (state_group, listed_position);
    CREATE INDEX IF NOT EXISTS hazard_cases_state ON hazard_cases (state, listed_position);
    CREATE INDEX IF NOT EXISTS hazard_cases_priority ON hazard_cases (priority, listed_position);
    CREATE INDEX IF NOT EXISTS hazard_cases_leader ON hazard_cases (leader_id, listed_position);
    CREATE INDEX IF NOT EXISTS hazard_cases_overdue
      ON hazard_cases (overdue, town, listed_position);
  `);
}

export function dropHazardCasesSchema(db: Database.Database): void {
  db.exec('DROP TABLE IF EXISTS hazard_cases');
}
