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
/** The cases past due whose miss is not recorded yet, in deadline order (always few). */
export const PAST_DUE_INDEX = 'hazard_cases_due_unrecorded';

interface IndexDefinition {
  name: string;
  columns: string;
  where?: string;
  /**
   * What the query planner is told of it (sqlite_stat1): rows in the index, then how many rows
   * share a value of the first column, of the first two, …, as in a city-sized read model.
   */
  typicalRows: number[];
}

const CASES = 1_000_000;
const HALF = CASES / 2;

/** Every index with its typical shape; the comments name the queries it serves. */
const INDEXES: IndexDefinition[] = [
  // Town filters and town-scoped users: newest first, by deadline, weekly counts.
  { name: 'hazard_cases_town', columns: 'town', typicalRows: [CASES, 10_000] },
  {
    name: 'hazard_cases_town_group',
    columns: 'town, state_group',
    typicalRows: [CASES, 10_000, 2_000],
  },
  {
    name: 'hazard_cases_town_deadline',
    columns: 'town, deadline_at',
    typicalRows: [CASES, 10_000, 5_000],
  },
  {
    name: 'hazard_cases_town_listed_ms',
    columns: 'town, listed_ms',
    typicalRows: [CASES, 10_000, 1],
  },
  {
    name: 'hazard_cases_town_closed_ms',
    columns: 'town, closed_ms',
    typicalRows: [CASES, 10_000, 2],
  },
  { name: 'hazard_cases_group', columns: 'state_group', typicalRows: [CASES, 150_000] },
  {
    name: 'hazard_cases_group_priority',
    columns: 'state_group, priority',
    typicalRows: [CASES, 150_000, 40_000],
  },
  {
    name: 'hazard_cases_group_deadline',
    columns: 'state_group, deadline_at',
    typicalRows: [CASES, 150_000, 75_000],
  },
  { name: 'hazard_cases_state', columns: 'state', typicalRows: [CASES, 120_000] },
  { name: 'hazard_cases_priority', columns: 'priority', typicalRows: [CASES, 250_000] },
  { name: 'hazard_cases_authority', columns: 'industry_authority', typicalRows: [CASES, 50_000] },
  { name: 'hazard_cases_leader', columns: 'leader_id', typicalRows: [CASES, 20] },
  // A recorded miss, told as common as none so that it never outbids a town or a leader.
  { name: 'hazard_cases_missed', columns: 'miss_recorded', typicalRows: [CASES, HALF] },
  {
    name: 'hazard_cases_missed_town',
    columns: 'miss_recorded, town',
    typicalRows: [CASES, HALF, 5_000],
  },
  {
    name: 'hazard_cases_missed_priority',
    columns: 'miss_recorded, priority',
    typicalRows: [CASES, HALF, 125_000],
  },
  {
    name: 'hazard_cases_missed_deadline',
    columns: 'miss_recorded, deadline_at',
    typicalRows: [CASES, HALF, HALF / 2],
  },
  // Deadlines are looked up by range; a lookup of one value is `IS NULL`: no deadline in force.
  { name: 'hazard_cases_deadline', columns: 'deadline_at', typicalRows: [CASES, HALF] },
  // Past due with the miss not yet recorded: a handful of cases at any time.
  {
    name: PAST_DUE_INDEX,
    columns: 'deadline_at',
    where: 'miss_recorded = 0',
    typicalRows: [HALF, 2],
  },
  { name: 'hazard_cases_listed_ms', columns: 'listed_ms', typicalRows: [CASES, 1] },
  {
    name: 'hazard_cases_closed_ms',
    columns: 'closed_ms',
    where: 'closed_ms IS NOT NULL',
    typicalRows: [HALF, 1],
  },
];

/**
 * Tells the query planner what the read model looks like at scale instead of letting it guess
 * (it has no statistics unless ANALYZE runs, and ANALYZE of a two-valued column such as
 * `miss_recorded` misleads it): the plans are then the same on an empty file, a million cases
 * and after any ANALYZE, which this replaces.
 */
function writePlannerStatistics(db: Database.Database): void {
  // Analyzing the small table of counters creates sqlite_stat1 where it is missing.
  db.exec('ANALYZE hazard_case_counts');
  db.prepare("DELETE FROM sqlite_stat1 WHERE tbl = 'hazard_cases'").run();
  const insert = db.prepare(
    "INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('hazard_cases', ?, ?)",
  );
  insert.run(null, String(CASES));
  insert.run('sqlite_autoindex_hazard_cases_1', `${CASES} 1`);
  // Every query leads with its index's first column; skipping over it is never the better plan.
  for (const index of INDEXES) {
    insert.run(index.name, `${index.typicalRows.join(' ')} noskipscan`);
  }
  // The planner reads the statistics when it loads the schema.
  db.exec('ANALYZE sqlite_schema');
}

export function createHazardCasesSchema(db: Database.Database): void {
  createHazardCasesTables(db);
  createHazardCasesIndexes(db);
}

/** The tables alone: a replay from the start fills them first and indexes them at the end. */
export function createHazardCasesTables(db: Database.Database): void {
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
  `);
}

/** The indexes and what the planner is told of them; built once a replay has caught up. */
export function createHazardCasesIndexes(db: Database.Database): void {
  for (const { name, columns, where } of INDEXES) {
    db.exec(
      `CREATE INDEX IF NOT EXISTS ${name} ON hazard_cases (${columns})${where ? ` WHERE ${where}` : ''}`,
    );
  }
  writePlannerStatistics(db);
}

export function dropHazardCasesSchema(db: Database.Database): void {
  db.exec(`DROP TABLE IF EXISTS hazard_cases; DROP TABLE IF EXISTS hazard_case_snapshots;
    DROP TABLE IF EXISTS hazard_case_search; DROP TABLE IF EXISTS hazard_case_counts;`);
}
