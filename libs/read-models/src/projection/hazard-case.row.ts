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
