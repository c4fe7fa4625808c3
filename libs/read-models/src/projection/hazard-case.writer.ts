import type Database from 'better-sqlite3';
import { searchTerms } from '../search/case-search';
import type { HazardCaseRow } from './hazard-case.row';

/** A `hazard_cases` row and its snapshot as selected: enough to fold onwards and to update. */
export interface StoredCaseRow {
  listed_position: number;
  id: string;
  state: string;
  state_group: string;
  town: string;
  industry_authority: string;
  priority: string;
  leader_id: string | null;
  deadline_at: number | null;
  miss_recorded: 0 | 1;
  escalation_level: string | null;
  version: number;
  last_position: number;
  listed_at: string;
  listed_ms: number;
  closed_ms: number | null;
  updated_at: string;
  snapshot: string;
}

/**
 * The indexed columns a later event may change, with their parameter in HazardCaseRow. The
 * others are fixed when the case is listed (id, listing position and time, town, industry
 * authority, priority) or indexed nowhere (version, positions, times).
 */
const CHANGEABLE = [
  ['state', 'state'],
  ['state_group', 'stateGroup'],
  ['leader_id', 'leaderId'],
  ['deadline_at', 'deadlineAt'],
  ['miss_recorded', 'missRecorded'],
  ['escalation_level', 'escalationLevel'],
  ['closed_ms', 'closedMs'],
] as const;

/** A row's indexed columns that a later event may change. */
export type ChangeableColumns = Pick<HazardCaseRow, (typeof CHANGEABLE)[number][1]>;

export const changeableColumnsOf = (row: HazardCaseRow): ChangeableColumns => ({
  state: row.state,
  stateGroup: row.stateGroup,
  leaderId: row.leaderId,
  deadlineAt: row.deadlineAt,
  missRecorded: row.missRecorded,
  escalationLevel: row.escalationLevel,
  closedMs: row.closedMs,
});

export const storedColumnsOf = (row: StoredCaseRow): ChangeableColumns => ({
  state: row.state,
  stateGroup: row.state_group,
  leaderId: row.leader_id,
  deadlineAt: row.deadline_at,
  missRecorded: row.miss_recorded,
  escalationLevel: row.escalation_level,
  closedMs: row.closed_ms,
});

/** What `hazard_case_counts` counts a case under: the dashboard adds these up. */
interface Standing {
  town: string;
  industryAuthority: string;
  state: string;
  missRecorded: 0 | 1;
  escalationLevel: string;
}

const standingOf = (
  { town, industryAuthority }: Pick<HazardCaseRow, 'town' | 'industryAuthority'>,
  columns: Pick<ChangeableColumns, 'state' | 'missRecorded' | 'escalationLevel'>,
): Standing => ({
  town,
  industryAuthority,
  state: columns.state,
  missRecorded: columns.missRecorded,
  escalationLevel: columns.escalationLevel ?? '',
});

const sameStanding = (a: Standing, b: Standing): boolean =>
  a.town === b.town &&
  a.industryAuthority === b.industryAuthority &&
  a.state === b.state &&
  a.missRecorded === b.missRecorded &&
  a.escalationLevel === b.escalationLevel;

export interface HazardCaseWriter {
  /**
   * Writes a case's row, its snapshot, its search terms (once: what they index never
   * changes) and moves it between the counters when its standing changes; call it inside a
   * transaction. `stored`: the row's columns as they are in the table, or null when unknown
   * (then they are read). Writing the same row again changes nothing, so a redelivered
   * event cannot count twice.
   */
  write(row: HazardCaseRow, stored: ChangeableColumns | null): void;
}

/**
 * SQLite rewrites the entries of every index on a column an UPDATE sets, changed or not, and
 * `hazard_cases` has many: an update sets only the columns whose value changed.
 */
export function prepareWriter(db: Database.Database): HazardCaseWriter {
  const upsert = db.prepare<[HazardCaseRow]>(`
    INSERT INTO hazard_cases (listed_position, id, state, state_group, town, industry_authority,
      priority, leader_id, deadline_at, miss_recorded, escalation_level, version, last_position,
      listed_at, listed_ms, closed_ms, updated_at)
    VALUES (@listedPosition, @id, @state, @stateGroup, @town, @industryAuthority, @priority,
      @leaderId, @deadlineAt, @missRecorded, @escalationLevel, @version, @lastPosition,
      @listedAt, @listedMs, @closedMs, @updatedAt)
    ON CONFLICT (listed_position) DO UPDATE SET state = excluded.state,
      state_group = excluded.state_group, town = excluded.town,
      industry_authority = excluded.industry_authority, priority = excluded.priority,
      leader_id = excluded.leader_id, deadline_at = excluded.deadline_at,
      miss_recorded = excluded.miss_recorded, escalation_level = excluded.escalation_level,
      version = excluded.version, last_position = excluded.last_position,
      closed_ms = excluded.closed_ms, updated_at = excluded.updated_at`);
  const previous = db.prepare<[number], StoredCaseRow>(
    'SELECT * FROM hazard_cases WHERE listed_position = ?',
  );
  const snapshot = db.prepare<[{ listedPosition: number; snapshot: string }]>(`
    INSERT INTO hazard_case_snapshots (listed_position, snapshot)
    VALUES (@listedPosition, @snapshot)
    ON CONFLICT (listed_position) DO UPDATE SET snapshot = excluded.snapshot`);
  const search = db.prepare<[number, string]>(
    'INSERT INTO hazard_case_search (rowid, terms) VALUES (?, ?)',
  );
  const count = db.prepare<[Standing & { cases: number }]>(`
    INSERT INTO hazard_case_counts
      (town, industry_authority, state, miss_recorded, escalation_level, cases)
    VALUES (@town, @industryAuthority, @state, @missRecorded, @escalationLevel, @cases)
    ON CONFLICT DO UPDATE SET cases = cases + excluded.cases`);
  const updates = new Map<number, Database.Statement<[HazardCaseRow]>>();
  const updateSetting = (changed: number) => {
    let statement = updates.get(changed);
    if (!statement) {
      const columns = CHANGEABLE.filter((_, i) => changed & (1 << i)).map(
        ([column, parameter]) => `${column} = @${parameter}, `,
      );
      statement = db.prepare<[HazardCaseRow]>(
        `UPDATE hazard_cases SET ${columns.join('')}version = @version,
           last_position = @lastPosition, updated_at = @updatedAt
         WHERE listed_position = @listedPosition`,
      );
      updates.set(changed, statement);
    }
    return statement;
  };
  const recount = (row: HazardCaseRow, was: Standing | null) => {
    const after = standingOf(row, row);
    if (was) {
      if (sameStanding(was, after)) return;
      count.run({ ...was, cases: -1 });
    }
    count.run({ ...after, cases: 1 });
  };
  return {
    write(row, stored) {
      if (stored) {
        let changed = 0;
        CHANGEABLE.forEach(([, parameter], i) => {
          if (row[parameter] !== stored[parameter]) changed |= 1 << i;
        });
        if (updateSetting(changed).run(row).changes > 0) {
          snapshot.run({ listedPosition: row.listedPosition, snapshot: row.snapshot });
          // Town and authority are fixed at listing: the row's are the stored ones.
          recount(row, standingOf(row, stored));
          return;
        }
        // No row after all (deleted behind the projection's back): write it whole below.
      }
      const found = previous.get(row.listedPosition);
      upsert.run(row);
      if (!found) search.run(row.listedPosition, searchTerms(row.searchFields));
      snapshot.run({ listedPosition: row.listedPosition, snapshot: row.snapshot });
      recount(
        row,
        found
          ? standingOf(
              { town: found.town, industryAuthority: found.industry_authority },
              storedColumnsOf(found),
            )
          : null,
      );
    },
  };
}
