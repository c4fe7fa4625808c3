import type Database from 'better-sqlite3';
import type { HazardCaseRow } from './hazard-case.row';

/** A `hazard_cases` row and its snapshot as selected: enough to fold onwards and to update. */
export interface StoredCaseRow {
  listed_position: number;
  id: string;
  state: string;
  state_group: string;
  town: string;
  priority: string;
  leader_id: string | null;
  deadline_at: number | null;
  miss_recorded: 0 | 1;
  escalation_level: string | null;
  version: number;
  last_position: number;
  listed_at: string;
  updated_at: string;
  snapshot: string;
}

/**
 * The indexed columns a later event may change, with their parameter in HazardCaseRow. The
 * others are fixed when the case is listed (id, listing position and time, town, priority)
 * or indexed nowhere (version, positions, times).
 */
const CHANGEABLE = [
  ['state', 'state'],
  ['state_group', 'stateGroup'],
  ['leader_id', 'leaderId'],
  ['deadline_at', 'deadlineAt'],
  ['miss_recorded', 'missRecorded'],
  ['escalation_level', 'escalationLevel'],
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
});

export const storedColumnsOf = (row: StoredCaseRow): ChangeableColumns => ({
  state: row.state,
  stateGroup: row.state_group,
  leaderId: row.leader_id,
  deadlineAt: row.deadline_at,
  missRecorded: row.miss_recorded,
  escalationLevel: row.escalation_level,
});

export interface HazardCaseWriter {
  /**
   * Writes both halves of a case's row; call it inside a transaction. `stored`: the row's
   * columns as they are in the table, or null when unknown (inserted, or overwritten).
   */
  write(row: HazardCaseRow, stored: ChangeableColumns | null): void;
}

/**
 * SQLite rewrites the entries of every index on a column an UPDATE sets, changed or not, and
 * `hazard_cases` has ten: an update sets only the columns whose value changed.
 */
export function prepareWriter(db: Database.Database): HazardCaseWriter {
  const upsert = db.prepare<[HazardCaseRow]>(`
    INSERT INTO hazard_cases (listed_position, id, state, state_group, town, priority, leader_id,
      deadline_at, miss_recorded, escalation_level, version, last_position, listed_at, updated_at)
    VALUES (@listedPosition, @id, @state, @stateGroup, @town, @priority, @leaderId, @deadlineAt,
      @missRecorded, @escalationLevel, @version, @lastPosition, @listedAt, @updatedAt)
    ON CONFLICT (listed_position) DO UPDATE SET state = excluded.state,
      state_group = excluded.state_group, town = excluded.town, priority = excluded.priority,
      leader_id = excluded.leader_id, deadline_at = excluded.deadline_at,
      miss_recorded = excluded.miss_recorded, escalation_level = excluded.escalation_level,
      version = excluded.version, last_position = excluded.last_position,
      updated_at = excluded.updated_at`);
  const snapshot = db.prepare<[{ listedPosition: number; snapshot: string }]>(`
    INSERT INTO hazard_case_snapshots (listed_position, snapshot)
    VALUES (@listedPosition, @snapshot)
    ON CONFLICT (listed_position) DO UPDATE SET snapshot = excluded.snapshot`);
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
  return {
    write(row, stored) {
      if (stored) {
        let changed = 0;
        CHANGEABLE.forEach(([, parameter], i) => {
          if (row[parameter] !== stored[parameter]) changed |= 1 << i;
        });
        // No row after all (deleted behind the projection's back): write it whole.
        if (updateSetting(changed).run(row).changes === 0) upsert.run(row);
      } else {
        upsert.run(row);
      }
      snapshot.run({ listedPosition: row.listedPosition, snapshot: row.snapshot });
    },
  };
}
