import type Database from 'better-sqlite3';

/**
 * `hazard_cases` holds one narrow row per case: the columns the list filters and orders on.
 * Its rowid is `listed_position` (the global position of HazardListed): unique, growing with
 * time, so "newest listing first" is the table's own order, a stable keyset cursor, and the
 * tail of every index: where a query's equalities cover an index's columns, its rows come
 * out already in list order (and in deadline order after `deadline_at`). Overdue (the
 * deadline in force has passed) is a matter of time, not of a stored flag: the cases whose
 * miss is recorded (`miss_recorded`, in list order) plus the few whose deadline has passed
 * but whose miss is not recorded yet (a partial index on `deadline_at`). The machine's
 * snapshot, from which the detail view is derived and onto which the next event is folded,
 * lives beside it in `hazard_case_snapshots`, so that scans and counts over a million cases
 * touch only the narrow rows.
 *
 * Beside them: `hazard_case_search`, the full-text index of title, unit name and notice
 * number (see search/case-search.ts), contentless since nothing is read back from it; and
 * `hazard_case_counts`, how many cases stand in each combination of town, industry
 * authority, state and recorded miss, kept by the upsert, so that the dashboard adds up a
 * few thousand counters instead of counting a million rows.
 */
export function createHazardCasesSchema(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS hazard_cases (
      listed_position    INTEGER PRIMARY KEY,
      id                 TEXT    NOT NULL UNIQUE,
      state              TEXT    NOT NULL,
      state_group        TEXT    NOT NULL,
      town               TEXT    NOT NULL,
      industry_authority TEXT    NOT NULL,
      priority           TEXT    NOT NULL,
      leader_id          TEXT,
      deadline_at        INTEGER,
      miss_recorded      INTEGER NOT NULL,
      escalation_level   TEXT,
      version            INTEGER NOT NULL,
      last_position      INTEGER NOT NULL,
      listed_at          TEXT    NOT NULL,
      listed_ms          INTEGER NOT NULL,
      closed_ms          INTEGER,
      updated_at         TEXT    NOT NULL
    );
    CREATE TABLE IF NOT EXISTS hazard_case_snapshots (
      listed_position INTEGER PRIMARY KEY,
      snapshot        TEXT    NOT NULL
    );
    CREATE VIRTUAL TABLE IF NOT EXISTS hazard_case_search USING fts5(
      terms, content = '', columnsize = 0, tokenize = 'unicode61'
    );
    CREATE TABLE IF NOT EXISTS hazard_case_counts (
      town               TEXT    NOT NULL,
      industry_authority TEXT    NOT NULL,
      state              TEXT    NOT NULL,
      miss_recorded      INTEGER NOT NULL,
      escalation_level   TEXT    NOT NULL,
      cases              INTEGER NOT NULL,
      PRIMARY KEY (town, industry_authority, state, miss_recorded, escalation_level)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS hazard_cases_town ON hazard_cases (town);
    CREATE INDEX IF NOT EXISTS hazard_cases_town_group ON hazard_cases (town, state_group);
    CREATE INDEX IF NOT EXISTS hazard_cases_group ON hazard_cases (state_group);
    CREATE INDEX IF NOT EXISTS hazard_cases_group_priority ON hazard_cases (state_group, priority);
    CREATE INDEX IF NOT EXISTS hazard_cases_group_deadline ON hazard_cases (state_group, deadline_at);
    CREATE INDEX IF NOT EXISTS hazard_cases_state ON hazard_cases (state);
    CREATE INDEX IF NOT EXISTS hazard_cases_priority ON hazard_cases (priority);
    CREATE INDEX IF NOT EXISTS hazard_cases_authority ON hazard_cases (industry_authority);
    CREATE INDEX IF NOT EXISTS hazard_cases_leader ON hazard_cases (leader_id);
    CREATE INDEX IF NOT EXISTS hazard_cases_missed ON hazard_cases (miss_recorded);
    CREATE INDEX IF NOT EXISTS hazard_cases_missed_town ON hazard_cases (miss_recorded, town);
    CREATE INDEX IF NOT EXISTS hazard_cases_missed_priority ON hazard_cases (miss_recorded, priority);
    CREATE INDEX IF NOT EXISTS hazard_cases_missed_deadline ON hazard_cases (miss_recorded, deadline_at);
    CREATE INDEX IF NOT EXISTS hazard_cases_deadline ON hazard_cases (deadline_at);
    CREATE INDEX IF NOT EXISTS hazard_cases_due_unrecorded ON hazard_cases (deadline_at)
      WHERE miss_recorded = 0;
    CREATE INDEX IF NOT EXISTS hazard_cases_listed_ms ON hazard_cases (listed_ms);
    CREATE INDEX IF NOT EXISTS hazard_cases_closed_ms ON hazard_cases (closed_ms)
      WHERE closed_ms IS NOT NULL;
  `);
}

export function dropHazardCasesSchema(db: Database.Database): void {
  db.exec(`DROP TABLE IF EXISTS hazard_cases; DROP TABLE IF EXISTS hazard_case_snapshots;
    DROP TABLE IF EXISTS hazard_case_search; DROP TABLE IF EXISTS hazard_case_counts;`);
}
