import type Database from 'better-sqlite3';
import {
  caseFacts,
  evolveCase,
  initialCaseSnapshot,
  restoreCaseSnapshot,
  storeCaseSnapshot,
} from '@hazard/domain';
import type { DeadlinePolicy, StoredCaseSnapshot } from '@hazard/domain';
import type { RecordedEvent } from '@hazard/event-store';
import { caseIdOf, toHazardEvent } from '@hazard/commands';
import { actorNameOf, occurredAt } from './batch-projection';
import type { BatchProjection } from './batch-projection';

interface StoredRow {
  position: number;
  listed_at: string;
  version: number;
  closed_at: string | null;
  closed_by: string | null;
  snapshot: string;
}

/**
 * The major cases as the two lists need them beside the general hazards: where, what, its
 * state, and once closed (验收销号) who closed it and when. Folded through the major-hazard
 * machine like the hazard read model, in this database so that one query spans both kinds.
 */
export class MajorCasesProjection implements BatchProjection {
  readonly name = 'campaign/major-cases';
  readonly version = 1;
  private readonly select;
  private readonly upsert;

  constructor(
    private readonly db: Database.Database,
    private readonly policy: DeadlinePolicy,
  ) {
    this.createSchema();
    this.select = db.prepare<[string], StoredRow>(
      'SELECT position, listed_at, version, closed_at, closed_by, snapshot FROM major_cases WHERE case_id = ?',
    );
    this.upsert = db.prepare(`
      INSERT INTO major_cases (position, case_id, title, unit_name, town, industry_authority,
        priority, state, open, deadline_at, miss_recorded, deadline, listed_at, closed_at,
        closed_by, origin_hazard_id, unit_id, version, snapshot)
      VALUES (@position, @caseId, @title, @unitName, @town, @industryAuthority, @priority, @state,
        @open, @deadlineAt, @missRecorded, @deadline, @listedAt, @closedAt, @closedBy,
        @originHazardId, @unitId, @version, @snapshot)
      ON CONFLICT (position) DO UPDATE SET state = excluded.state, open = excluded.open,
        deadline_at = excluded.deadline_at, miss_recorded = excluded.miss_recorded,
        deadline = excluded.deadline, closed_at = excluded.closed_at,
        closed_by = excluded.closed_by, version = excluded.version,
        snapshot = excluded.snapshot`);
  }

  createSchema(): void {
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS major_cases (
        position           INTEGER PRIMARY KEY,
        case_id            TEXT    NOT NULL UNIQUE,
        title              TEXT    NOT NULL,
        unit_name          TEXT    NOT NULL,
        town               TEXT    NOT NULL,
        industry_authority TEXT    NOT NULL,
        priority           TEXT    NOT NULL,
        state              TEXT    NOT NULL,
        open               INTEGER NOT NULL,
        deadline_at        INTEGER,
        miss_recorded      INTEGER NOT NULL,
        deadline           TEXT,
        listed_at          TEXT    NOT NULL,
        closed_at          TEXT,
        closed_by          TEXT,
        origin_hazard_id   TEXT,
        -- the unit of a case escalated from a general hazard, whose unit account sees it
        unit_id            TEXT,
        version            INTEGER NOT NULL,
        snapshot           TEXT    NOT NULL
      );
      CREATE INDEX IF NOT EXISTS major_cases_town ON major_cases (town, open);
      CREATE INDEX IF NOT EXISTS major_cases_industry ON major_cases (industry_authority, open);
    `);
  }

  handle(events: readonly RecordedEvent[]): void {
    for (const event of events) {
      const caseId = caseIdOf(event.streamId);
      if (caseId) this.apply(caseId, event);
    }
  }

  truncate(): void {
    this.db.exec('DROP TABLE IF EXISTS major_cases');
    this.createSchema();
  }

  private apply(caseId: string, event: RecordedEvent): void {
    const row = this.select.get(caseId);
    if (row ? row.version > event.revision : event.revision > 0) return;
    const before = row
      ? restoreCaseSnapshot(JSON.parse(row.snapshot) as StoredCaseSnapshot)
      : initialCaseSnapshot();
    const snapshot = evolveCase(before, toHazardEvent(event));
    const at = occurredAt(event);
    const facts = caseFacts(snapshot, { asOf: new Date(at), policy: this.policy });
    if (!facts) return;
    const closing = event.type === 'CaseClosed';
    this.upsert.run({
      position: row?.position ?? Number(event.position),
      caseId,
      title: facts.listing.title,
      unitName: facts.listing.unitName,
      town: facts.listing.town,
      industryAuthority: facts.listing.industryAuthority,
      priority: facts.listing.priority,
      state: facts.state,
      open: facts.open ? 1 : 0,
      deadlineAt: facts.deadlineInForce?.dueAt ?? null,
      missRecorded: facts.overdue.recorded ? 1 : 0,
      deadline: facts.plan?.deadline ?? facts.deadlineInForce?.deadline ?? null,
      listedAt: row?.listed_at ?? at,
      closedAt: closing ? at : (row?.closed_at ?? null),
      closedBy: closing ? actorNameOf(event) : (row?.closed_by ?? null),
      originHazardId: facts.origin?.generalHazardId ?? null,
      unitId: facts.origin?.unitId ?? null,
      version: event.revision + 1,
      snapshot: JSON.stringify(storeCaseSnapshot(snapshot)),
    });
  }
}
