import type Database from 'better-sqlite3';
import { hazardCaseView } from './hazard-case.view';
import type { StoredSnapshot, ViewStamp } from './hazard-case.view';

/** One `hazard_cases` row, named as the upsert's parameters. */
export interface HazardCaseRow {
  id: string;
  listedPosition: number;
  listedAt: string;
  updatedAt: string;
  state: string;
  stateGroup: string;
  town: string;
  priority: string;
  leaderId: string | null;
  overdue: 0 | 1;
  escalationLevel: string | null;
  version: number;
  lastPosition: number;
  snapshot: string;
}

export interface RowStamp extends ViewStamp {
  listedPosition: number;
  lastPosition: number;
}

/** The row for a case as the machine's snapshot has it; null before it is listed. */
export function hazardCaseRow(snapshot: StoredSnapshot, stamp: RowStamp): HazardCaseRow | null {
  const view = hazardCaseView(snapshot, stamp);
  if (!view) return null;
  return {
    id: view.id,
    listedPosition: stamp.listedPosition,
    listedAt: view.listedAt,
    updatedAt: view.updatedAt,
    state: view.state,
    stateGroup: view.state.split('.')[0],
    town: view.listing.town,
    priority: view.listing.priority,
    leaderId: view.leader?.id ?? null,
    overdue: view.overdue ? 1 : 0,
    escalationLevel: view.escalationLevel,
    version: view.version,
    lastPosition: stamp.lastPosition,
    snapshot: JSON.stringify({ value: snapshot.value, context: snapshot.context }),
  };
}

export interface HazardCaseUpsert {
  run(row: HazardCaseRow): void;
}

/** Writes both halves of a case's row; call it inside a transaction. */
export function prepareUpsert(db: Database.Database): HazardCaseUpsert {
  const narrow = db.prepare<[HazardCaseRow]>(`
    INSERT INTO hazard_cases (listed_position, id, state, state_group, town, priority, leader_id,
      overdue, escalation_level, version, last_position, listed_at, updated_at)
    VALUES (@listedPosition, @id, @state, @stateGroup, @town, @priority, @leaderId, @overdue,
      @escalationLevel, @version, @lastPosition, @listedAt, @updatedAt)
    ON CONFLICT (listed_position) DO UPDATE SET state = excluded.state,
      state_group = excluded.state_group, town = excluded.town, priority = excluded.priority,
      leader_id = excluded.leader_id, overdue = excluded.overdue,
      escalation_level = excluded.escalation_level, version = excluded.version,
      last_position = excluded.last_position, updated_at = excluded.updated_at`);
  const snapshot = db.prepare<[{ listedPosition: number; snapshot: string }]>(`
    INSERT INTO hazard_case_snapshots (listed_position, snapshot)
    VALUES (@listedPosition, @snapshot)
    ON CONFLICT (listed_position) DO UPDATE SET snapshot = excluded.snapshot`);
  return {
    run(row) {
      narrow.run(row);
      snapshot.run({ listedPosition: row.listedPosition, snapshot: row.snapshot });
    },
  };
}
