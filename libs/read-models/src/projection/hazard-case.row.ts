import type Database from 'better-sqlite3';
import { caseFacts, storeCaseSnapshot } from '@hazard/domain';
import type { DeadlinePolicy } from '@hazard/domain';
import type { CaseSnapshot } from '@hazard/workflows';
import { searchTerms } from '../search/case-search';

/** One `hazard_cases` row, named as the upsert's parameters. */
export interface HazardCaseRow {
  id: string;
  listedPosition: number;
  listedAt: string;
  /** `listedAt` in epoch ms, for the weekly counts. */
  listedMs: number;
  /** When the case was closed (its last event), epoch ms; null while it is open. */
  closedMs: number | null;
  updatedAt: string;
  state: string;
  stateGroup: string;
  town: string;
  industryAuthority: string;
  priority: string;
  leaderId: string | null;
  /** The deadline in force, epoch ms: "overdue" is `deadline_at <= now` (the domain's rule). */
  deadlineAt: number | null;
  /** The miss of the deadline in force has been recorded (it then stays overdue). */
  missRecorded: 0 | 1;
  escalationLevel: string | null;
  version: number;
  lastPosition: number;
  snapshot: string;
  /** What the full-text index holds: title, unit name and notice number (never change). */
  searchTerms: string;
}

/** Every event has its `occurredAt`; a row must still be writable if one had not. */
const epochMs = (iso: string): number => Date.parse(iso) || 0;

export interface RowStamp {
  version: number;
  listedAt: string;
  updatedAt: string;
  listedPosition: number;
  lastPosition: number;
}

/**
 * The row for a case as the domain's facts have it; null before it is listed. Nothing in a
 * row depends on when it is read: what time changes (past due or not) is decided by the
 * query from `deadlineAt`.
 */
export function hazardCaseRow(
  snapshot: CaseSnapshot,
  stamp: RowStamp,
  policy: DeadlinePolicy,
): HazardCaseRow | null {
  const facts = caseFacts(snapshot, { asOf: new Date(stamp.updatedAt), policy });
  if (!facts) return null;
  const { listing } = facts;
  return {
    id: facts.caseId,
    listedPosition: stamp.listedPosition,
    listedAt: stamp.listedAt,
    listedMs: epochMs(stamp.listedAt),
    closedMs: facts.state === 'closed' ? epochMs(stamp.updatedAt) : null,
    updatedAt: stamp.updatedAt,
    state: facts.state,
    stateGroup: facts.state.split('.')[0],
    town: listing.town,
    industryAuthority: listing.industryAuthority,
    priority: listing.priority,
    leaderId: facts.leader?.id ?? null,
    deadlineAt: facts.deadlineInForce?.dueAt ?? null,
    missRecorded: facts.overdue.recorded ? 1 : 0,
    escalationLevel: facts.escalation.level,
    version: stamp.version,
    lastPosition: stamp.lastPosition,
    snapshot: JSON.stringify(storeCaseSnapshot(snapshot)),
    searchTerms: searchTerms([listing.title, listing.unitName, listing.noticeNumber]),
  };
}

export interface HazardCaseUpsert {
  run(row: HazardCaseRow): void;
}

/** What `hazard_case_counts` counts a case under. */
type Standing = Pick<HazardCaseRow, 'town' | 'industryAuthority' | 'state' | 'missRecorded'> & {
  escalationLevel: string;
};

const standingOf = (row: HazardCaseRow): Standing => ({
  town: row.town,
  industryAuthority: row.industryAuthority,
  state: row.state,
  missRecorded: row.missRecorded,
  escalationLevel: row.escalationLevel ?? '',
});

const sameStanding = (a: Standing, b: Standing): boolean =>
  a.town === b.town &&
  a.industryAuthority === b.industryAuthority &&
  a.state === b.state &&
  a.missRecorded === b.missRecorded &&
  a.escalationLevel === b.escalationLevel;

/**
 * Writes a case's row, its snapshot, its search terms (once: what they index never changes)
 * and moves it between counters when its standing changes; call it inside a transaction.
 * Writing the same row again changes nothing, so a redelivered event cannot count twice.
 */
export function prepareUpsert(db: Database.Database): HazardCaseUpsert {
  const previous = db.prepare<[number], Standing>(`
    SELECT town, industry_authority AS industryAuthority, state, miss_recorded AS missRecorded,
      coalesce(escalation_level, '') AS escalationLevel
    FROM hazard_cases WHERE listed_position = ?`);
  const narrow = db.prepare<[HazardCaseRow]>(`
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
  return {
    run(row) {
      const before = previous.get(row.listedPosition);
      const after = standingOf(row);
      narrow.run(row);
      snapshot.run({ listedPosition: row.listedPosition, snapshot: row.snapshot });
      if (!before) search.run(row.listedPosition, row.searchTerms);
      if (before && sameStanding(before, after)) return;
      if (before) count.run({ ...before, cases: -1 });
      count.run({ ...after, cases: 1 });
    },
  };
}
