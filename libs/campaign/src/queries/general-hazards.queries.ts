import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import {
  CLOCK,
  GENERAL_HAZARD_POLICY,
  GeneralHazardNotFoundError,
  generalHazardFacts,
  isOverdue,
  restoreGeneralHazardSnapshot,
} from '@hazard/domain';
import type {
  Actor,
  Clock,
  GeneralHazardFacts,
  GeneralHazardPolicy,
  StoredGeneralHazardSnapshot,
} from '@hazard/domain';
import type { GeneralHazardSnapshot, GeneralHazardState, HazardSource } from '@hazard/workflows';
import { CAMPAIGN_DB } from '../read-model/campaign-database';
import { add, assertMayRead, decodeCursor, encodeCursor, scoped, whereSql } from './campaign-scope';
import type { Page, Where } from './campaign-scope';

export interface GeneralHazardFilter {
  unitId?: string;
  town?: string;
  industryAuthority?: string;
  state?: GeneralHazardState;
  source?: HazardSource;
  overdue?: boolean;
}

/** What GET /api/hazards/general/:id answers, all of it read off the domain's facts. */
export interface GeneralHazardView extends Pick<
  GeneralHazardFacts,
  'state' | 'open' | 'hazard' | 'deadlines' | 'rectification' | 'report' | 'rejections'
> {
  id: string;
  deadlineInForce: { kind: string; deadline: string } | null;
  /** The domain's rule (`isOverdue`): the deadline in force has passed, recorded or not yet. */
  overdue: boolean;
  /** The major case it was escalated to (判定为重大隐患), if it was. */
  escalatedTo: { caseId: string; noticeNumber: string } | null;
  foundAt: string;
  reportedAt: string | null;
  verifiedAt: string | null;
  verifiedBy: string | null;
  version: number;
  updatedAt: string;
}

/** A list line, from the row's own columns (no snapshot is read for a list). */
export interface GeneralHazardSummary {
  id: string;
  state: GeneralHazardState;
  open: boolean;
  /** The domain's rule (`isOverdue`), from what the row keeps of the facts. */
  overdue: boolean;
  unitId: string;
  unitName: string;
  town: string;
  industryAuthority: string;
  category: string;
  source: HazardSource;
  grading: string;
  description: string;
  inspectionId: string | null;
  foundOn: string;
  deadlineInForce: { kind: string; deadline: string } | null;
  escalatedCaseId: string | null;
  foundAt: string;
  reportedAt: string | null;
  verifiedAt: string | null;
  verifiedBy: string | null;
  version: number;
  updatedAt: string;
}

interface SummaryRow {
  position: number;
  hazard_id: string;
  state: GeneralHazardState;
  open: number;
  miss_recorded: number;
  deadline_at: number | null;
  deadline_kind: string | null;
  deadline: string | null;
  unit_id: string;
  unit_name: string;
  town: string;
  industry_authority: string;
  category: string;
  source: HazardSource;
  grading: string;
  description: string;
  inspection_id: string | null;
  found_on: string;
  escalated_case_id: string | null;
  found_at: string;
  reported_at: string | null;
  verified_at: string | null;
  verified_by: string | null;
  version: number;
  updated_at: string;
}

const summaryOf = (row: SummaryRow, now: number): GeneralHazardSummary => ({
  id: row.hazard_id,
  state: row.state,
  open: row.open === 1,
  overdue: isOverdue({
    recorded: row.miss_recorded === 1,
    pastDue: row.deadline_at !== null && now >= row.deadline_at,
  }),
  unitId: row.unit_id,
  unitName: row.unit_name,
  town: row.town,
  industryAuthority: row.industry_authority,
  category: row.category,
  source: row.source,
  grading: row.grading,
  description: row.description,
  inspectionId: row.inspection_id,
  foundOn: row.found_on,
  deadlineInForce:
    row.deadline_kind && row.deadline ? { kind: row.deadline_kind, deadline: row.deadline } : null,
  escalatedCaseId: row.escalated_case_id,
  foundAt: row.found_at,
  reportedAt: row.reported_at,
  verifiedAt: row.verified_at,
  verifiedBy: row.verified_by,
  version: row.version,
  updatedAt: row.updated_at,
});

interface Row {
  position: number;
  found_at: string;
  reported_at: string | null;
  verified_at: string | null;
  verified_by: string | null;
  version: number;
  updated_at: string;
  snapshot: string;
}

const SELECT = `SELECT h.position, h.found_at, h.reported_at, h.verified_at, h.verified_by,
  h.version, h.updated_at, s.snapshot`;

/** The general hazards, newest found first, within the actor's jurisdiction. */
@Injectable()
export class GeneralHazardQueries {
  constructor(
    @Inject(CAMPAIGN_DB) private readonly db: Database.Database,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(GENERAL_HAZARD_POLICY) private readonly policy: GeneralHazardPolicy,
  ) {}

  /**
   * Cursor paging only, so every page costs the same at any depth. "Overdue" follows the
   * domain's rule at now: the hazards whose miss is recorded, plus those past due whose miss
   * is not recorded yet; each arm is read off its own index.
   */
  list(
    actor: Actor,
    filter: GeneralHazardFilter,
    paging: { pageSize: number; cursor?: string },
  ): Page<GeneralHazardSummary> {
    const now = this.clock.now();
    const base = scoped(actor);
    if (filter.unitId !== undefined) add(base, 'unit_id = ?', filter.unitId);
    if (filter.town !== undefined) add(base, 'town = ?', filter.town);
    if (filter.industryAuthority !== undefined) {
      add(base, 'industry_authority = ?', filter.industryAuthority);
    }
    if (filter.state !== undefined) add(base, 'state = ?', filter.state);
    if (filter.source !== undefined) add(base, 'source = ?', filter.source);
    if (paging.cursor !== undefined) add(base, 'position < ?', decodeCursor(paging.cursor));
    const arm = (sql: string, ...values: unknown[]): Where => {
      const where = { clauses: [...base.clauses], params: [...base.params] };
      add(where, sql, ...values);
      return where;
    };
    const arms =
      filter.overdue === true
        ? [
            arm('miss_recorded = 1'),
            arm(
              'miss_recorded = 0 AND deadline_at IS NOT NULL AND deadline_at <= ?',
              now.getTime(),
            ),
          ]
        : filter.overdue === false
          ? [arm('miss_recorded = 0 AND (deadline_at IS NULL OR deadline_at > ?)', now.getTime())]
          : [base];
    const positions = arms
      .map(
        (where) =>
          `SELECT position FROM (SELECT position FROM general_hazards ${whereSql(where)}
           ORDER BY position DESC LIMIT ${paging.pageSize})`,
      )
      .join(' UNION ALL ');
    const rows = this.db
      .prepare<unknown[], SummaryRow>(
        `SELECT h.* FROM (${positions} ORDER BY position DESC LIMIT ?) AS page
         CROSS JOIN general_hazards h USING (position)
         ORDER BY h.position DESC`,
      )
      .all(...arms.flatMap((where) => where.params), paging.pageSize);
    const last = rows.at(-1);
    return {
      items: rows.map((row) => summaryOf(row, now.getTime())),
      nextCursor: rows.length === paging.pageSize && last ? encodeCursor(last.position) : null,
    };
  }

  /** The hazard as shown, and the snapshot it was read from (to ask the decider of it). */
  hazardAt(
    actor: Actor,
    hazardId: string,
  ): { view: GeneralHazardView; snapshot: GeneralHazardSnapshot; asOf: Date } {
    const row = this.db
      .prepare<[string], Row>(
        `${SELECT} FROM general_hazards h JOIN general_hazard_snapshots s USING (position)
         WHERE h.hazard_id = ?`,
      )
      .get(hazardId);
    if (!row) throw new GeneralHazardNotFoundError(hazardId);
    const asOf = this.clock.now();
    const snapshot = restoreGeneralHazardSnapshot(
      JSON.parse(row.snapshot) as StoredGeneralHazardSnapshot,
    );
    const view = this.viewOf(row, snapshot, asOf);
    assertMayRead(actor, { ...view.hazard.unit });
    return { view, snapshot, asOf };
  }

  private viewOf(row: Row, snapshot: GeneralHazardSnapshot, asOf: Date): GeneralHazardView {
    const facts = generalHazardFacts(snapshot, { asOf, policy: this.policy });
    if (!facts) throw new Error(`read model row ${row.position} holds a hazard not found`);
    const inForce = facts.deadlineInForce;
    return {
      id: facts.hazardId,
      state: facts.state,
      open: facts.open,
      hazard: facts.hazard,
      deadlines: facts.deadlines,
      deadlineInForce: inForce ? { kind: inForce.kind, deadline: inForce.deadline } : null,
      overdue: isOverdue(facts.overdue),
      rectification: facts.rectification,
      report: facts.report,
      rejections: facts.rejections,
      escalatedTo: facts.escalation
        ? { caseId: facts.escalation.caseId, noticeNumber: facts.escalation.noticeNumber }
        : null,
      foundAt: row.found_at,
      reportedAt: row.reported_at,
      verifiedAt: row.verified_at,
      verifiedBy: row.verified_by,
      version: row.version,
      updatedAt: row.updated_at,
    };
  }
}
