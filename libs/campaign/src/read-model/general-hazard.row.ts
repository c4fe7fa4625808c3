import type Database from 'better-sqlite3';
import { generalHazardFacts, storeGeneralHazardSnapshot } from '@hazard/domain';
import type { GeneralHazardPolicy } from '@hazard/domain';
import type { GeneralHazardSnapshot } from '@hazard/workflows';

/** One `general_hazards` row, named as the upsert's parameters. */
export interface GeneralHazardRow {
  position: number;
  hazardId: string;
  unitId: string;
  unitName: string;
  town: string;
  industryAuthority: string;
  category: string;
  source: string;
  grading: string;
  description: string;
  inspectionId: string | null;
  foundOn: string;
  foundAt: string;
  state: string;
  open: 0 | 1;
  /** The deadline in force, epoch ms: "overdue" is `deadline_at <= now` (the domain's rule). */
  deadlineAt: number | null;
  /** The deadline in force as recorded, and its kind: what a list line shows. */
  deadlineKind: string | null;
  deadline: string | null;
  missRecorded: 0 | 1;
  rectificationDeadline: string | null;
  reportedAt: string | null;
  verifiedAt: string | null;
  verifiedBy: string | null;
  escalatedCaseId: string | null;
  version: number;
  updatedAt: string;
  snapshot: string;
}

/** What the events' metadata adds to the facts: when it was found, reported, verified, by whom. */
export interface GeneralHazardStamp {
  position: number;
  foundAt: string;
  reportedAt: string | null;
  verifiedAt: string | null;
  verifiedBy: string | null;
  version: number;
  updatedAt: string;
}

/** The row as the domain's facts have it; null before the hazard is found. */
export function generalHazardRow(
  snapshot: GeneralHazardSnapshot,
  stamp: GeneralHazardStamp,
  policy: GeneralHazardPolicy,
): GeneralHazardRow | null {
  const facts = generalHazardFacts(snapshot, { asOf: new Date(stamp.updatedAt), policy });
  if (!facts) return null;
  const { hazard } = facts;
  return {
    ...stamp,
    hazardId: facts.hazardId,
    unitId: hazard.unit.unitId,
    unitName: hazard.unit.name,
    town: hazard.unit.town,
    industryAuthority: hazard.unit.industryAuthority,
    category: hazard.unit.category,
    source: hazard.source,
    grading: hazard.grading,
    description: hazard.description,
    inspectionId: hazard.inspectionId,
    foundOn: hazard.foundOn,
    state: facts.state,
    open: facts.open ? 1 : 0,
    deadlineAt: facts.deadlineInForce?.dueAt ?? null,
    deadlineKind: facts.deadlineInForce?.kind ?? null,
    deadline: facts.deadlineInForce?.deadline ?? null,
    missRecorded: facts.overdue.recorded ? 1 : 0,
    rectificationDeadline: facts.deadlines.rectification ?? null,
    escalatedCaseId: facts.escalation?.caseId ?? null,
    snapshot: JSON.stringify(storeGeneralHazardSnapshot(snapshot)),
  };
}

/**
 * `general_hazards` holds one narrow row per hazard, its rowid the position of
 * GeneralHazardFound: newest first is the table's own order, a stable keyset cursor and the
 * tail of every index, so a filter whose equalities cover an index reads its page straight
 * off it. The snapshot lives beside it, so scans over a million rows touch only narrow rows.
 */
export function createGeneralHazardsSchema(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS general_hazards (
      position               INTEGER PRIMARY KEY,
      hazard_id              TEXT    NOT NULL UNIQUE,
      unit_id                TEXT    NOT NULL,
      unit_name              TEXT    NOT NULL,
      town                   TEXT    NOT NULL,
      industry_authority     TEXT    NOT NULL,
      category               TEXT    NOT NULL,
      source                 TEXT    NOT NULL,
      grading                TEXT    NOT NULL,
      description            TEXT    NOT NULL,
      inspection_id          TEXT,
      found_on               TEXT    NOT NULL,
      found_at               TEXT    NOT NULL,
      state                  TEXT    NOT NULL,
      open                   INTEGER NOT NULL,
      deadline_at            INTEGER,
      deadline_kind          TEXT,
      deadline               TEXT,
      miss_recorded          INTEGER NOT NULL,
      rectification_deadline TEXT,
      reported_at            TEXT,
      verified_at            TEXT,
      verified_by            TEXT,
      escalated_case_id      TEXT,
      version                INTEGER NOT NULL,
      updated_at             TEXT    NOT NULL
    );
    CREATE TABLE IF NOT EXISTS general_hazard_snapshots (
      position INTEGER PRIMARY KEY,
      snapshot TEXT    NOT NULL
    );
    CREATE INDEX IF NOT EXISTS general_hazards_town ON general_hazards (town);
    CREATE INDEX IF NOT EXISTS general_hazards_town_state ON general_hazards (town, state);
    CREATE INDEX IF NOT EXISTS general_hazards_industry ON general_hazards (industry_authority);
    CREATE INDEX IF NOT EXISTS general_hazards_industry_state ON general_hazards (industry_authority, state);
    CREATE INDEX IF NOT EXISTS general_hazards_state ON general_hazards (state);
    CREATE INDEX IF NOT EXISTS general_hazards_unit ON general_hazards (unit_id);
    CREATE INDEX IF NOT EXISTS general_hazards_source ON general_hazards (source);
    CREATE INDEX IF NOT EXISTS general_hazards_open_town ON general_hazards (open, town);
    CREATE INDEX IF NOT EXISTS general_hazards_open_industry ON general_hazards (open, industry_authority);
    CREATE INDEX IF NOT EXISTS general_hazards_missed ON general_hazards (miss_recorded);
    CREATE INDEX IF NOT EXISTS general_hazards_due_unrecorded ON general_hazards (deadline_at)
      WHERE miss_recorded = 0 AND deadline_at IS NOT NULL;
  `);
}

export interface GeneralHazardUpsert {
  run(row: GeneralHazardRow): void;
}

/** Writes both halves of a hazard's row; call it inside a transaction. */
export function prepareGeneralHazardUpsert(db: Database.Database): GeneralHazardUpsert {
  const narrow = db.prepare<[GeneralHazardRow]>(`
    INSERT INTO general_hazards (position, hazard_id, unit_id, unit_name, town,
      industry_authority, category, source, grading, description, inspection_id, found_on,
      found_at, state, open, deadline_at, deadline_kind, deadline, miss_recorded, rectification_deadline, reported_at,
      verified_at, verified_by, escalated_case_id, version, updated_at)
    VALUES (@position, @hazardId, @unitId, @unitName, @town, @industryAuthority, @category,
      @source, @grading, @description, @inspectionId, @foundOn, @foundAt, @state, @open,
      @deadlineAt, @deadlineKind, @deadline, @missRecorded, @rectificationDeadline, @reportedAt, @verifiedAt, @verifiedBy,
      @escalatedCaseId, @version, @updatedAt)
    ON CONFLICT (position) DO UPDATE SET state = excluded.state, open = excluded.open,
      deadline_at = excluded.deadline_at, deadline_kind = excluded.deadline_kind,
      deadline = excluded.deadline, miss_recorded = excluded.miss_recorded,
      rectification_deadline = excluded.rectification_deadline,
      reported_at = excluded.reported_at, verified_at = excluded.verified_at,
      verified_by = excluded.verified_by, escalated_case_id = excluded.escalated_case_id,
      version = excluded.version, updated_at = excluded.updated_at`);
  const snapshot = db.prepare<[{ position: number; snapshot: string }]>(`
    INSERT INTO general_hazard_snapshots (position, snapshot) VALUES (@position, @snapshot)
    ON CONFLICT (position) DO UPDATE SET snapshot = excluded.snapshot`);
  return {
    run(row) {
      narrow.run(row);
      snapshot.run({ position: row.position, snapshot: row.snapshot });
    },
  };
}
