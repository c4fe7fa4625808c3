import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import {
  CaseNotFoundError,
  CLOCK,
  DEADLINE_POLICY,
  restoreCaseSnapshot,
  ValidationFailedError,
} from '@hazard/domain';
import type { Actor, Clock, DeadlinePolicy, StoredCaseSnapshot } from '@hazard/domain';
import { READ_MODEL_DB } from '../read-model-database';
import { hazardCaseView } from '../projection/hazard-case.view';
import type { HazardCaseView } from '../projection/hazard-case.view';
import { assertCanSeeCase, scopeClause } from './case-scope';
import { toSummary } from './hazard-list.query';
import type { HazardListFilter, HazardListPage, HazardListQuery } from './hazard-list.query';

interface CaseRow {
  listed_position: number;
  version: number;
  listed_at: string;
  updated_at: string;
  snapshot: string;
}

const SELECT_CASE = `SELECT c.listed_position, c.version, c.listed_at, c.updated_at, s.snapshot`;

const encodeCursor = (position: number): string =>
  Buffer.from(`p${position}`).toString('base64url');

function decodeCursor(cursor: string): number {
  const match = /^p(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new ValidationFailedError([{ field: 'cursor', message: 'is not a cursor' }]);
  return Number(match[1]);
}

interface Where {
  clauses: string[];
  params: unknown[];
}

const whereSql = ({ clauses }: Where): string =>
  clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';

/**
 * The filters as one or two disjoint sets of rows (arms). "Overdue" follows the domain's rule
 * (the deadline in force has passed at `now`): the cases whose miss is recorded, plus those
 * past due whose miss is not recorded yet; each arm is served by its own index.
 */
function armsOf(actor: Actor, filter: HazardListFilter, now: number): Where[] {
  const base: Where = { clauses: [], params: [] };
  const add = (where: Where, sql: string, ...values: unknown[]) => {
    where.clauses.push(sql);
    where.params.push(...values);
  };
  if (filter.state !== undefined) {
    add(base, filter.state.includes('.') ? 'state = ?' : 'state_group = ?', filter.state);
  }
  if (filter.town !== undefined) add(base, 'town = ?', filter.town);
  if (filter.priority !== undefined) add(base, 'priority = ?', filter.priority);
  if (filter.leaderId !== undefined) add(base, 'leader_id = ?', filter.leaderId);
  const scope = scopeClause(actor);
  if (scope) add(base, scope.sql, ...scope.params);
  const arm = (sql: string, ...values: unknown[]): Where => {
    const where = { clauses: [...base.clauses], params: [...base.params] };
    add(where, sql, ...values);
    return where;
  };
  if (filter.overdue === true) {
    return [arm('miss_recorded = 1'), arm('miss_recorded = 0 AND deadline_at <= ?', now)];
  }
  if (filter.overdue === false) {
    return [arm('miss_recorded = 0 AND (deadline_at IS NULL OR deadline_at > ?)', now)];
  }
  return [base];
}

/** The hazard list and case detail, served from the read model. */
@Injectable()
export class HazardCaseQueries {
  private readonly byId;

  constructor(
    @Inject(READ_MODEL_DB) private readonly db: Database.Database,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(DEADLINE_POLICY) private readonly policy: DeadlinePolicy,
  ) {
    this.byId = db.prepare<[string], CaseRow>(
      `${SELECT_CASE} FROM hazard_cases c JOIN hazard_case_snapshots s USING (listed_position)
       WHERE c.id = ?`,
    );
  }

  list({ actor, filter, paging }: HazardListQuery): HazardListPage {
    const asOf = this.clock.now();
    const arms = armsOf(actor, filter, asOf.getTime());
    const total = arms.reduce(
      (sum, where) =>
        sum +
        this.db
          .prepare<unknown[], { n: number }>(
            `SELECT COUNT(*) AS n FROM hazard_cases ${whereSql(where)}`,
          )
          .get(...where.params)!.n,
      0,
    );
    const after = paging.cursor === undefined ? null : decodeCursor(paging.cursor);
    const page = after === null ? (paging.page ?? 1) : null;
    const offset = page === null ? 0 : (page - 1) * paging.pageSize;
    if (after !== null) arms.forEach((where) => where.clauses.push('listed_position < ?'));
    if (after !== null) arms.forEach((where) => where.params.push(after));
    // Each arm picks its first positions from its index alone; only the page's rows are read.
    const positions = arms
      .map(
        (where) =>
          `SELECT listed_position FROM (SELECT listed_position FROM hazard_cases
           ${whereSql(where)} ORDER BY listed_position DESC LIMIT ${offset + paging.pageSize})`,
      )
      .join(' UNION ALL ');
    // CROSS JOIN keeps the page as the outer loop: SQLite would otherwise scan every case and
    // probe the page when there is no filter.
    const rows = this.db
      .prepare<unknown[], CaseRow>(
        `${SELECT_CASE}
         FROM (${positions} ORDER BY listed_position DESC LIMIT ? OFFSET ?) AS page
         CROSS JOIN hazard_cases c USING (listed_position)
         CROSS JOIN hazard_case_snapshots s USING (listed_position)
         ORDER BY c.listed_position DESC`,
      )
      .all(...arms.flatMap((where) => where.params), paging.pageSize, offset);
    const last = rows[rows.length - 1];
    const more = rows.length === paging.pageSize && last !== undefined;
    return {
      items: rows.map((row) => toSummary(this.viewOf(row, asOf))),
      total,
      page,
      pageSize: paging.pageSize,
      nextCursor: more ? encodeCursor(last.listed_position) : null,
    };
  }

  detail(actor: Actor, caseId: string): HazardCaseView {
    const row = this.byId.get(caseId);
    if (!row) throw new CaseNotFoundError(caseId);
    const view = this.viewOf(row, this.clock.now());
    assertCanSeeCase(actor, view.listing.town, view.leader?.id ?? null);
    return view;
  }

  private viewOf(row: CaseRow, asOf: Date): HazardCaseView {
    const snapshot = restoreCaseSnapshot(JSON.parse(row.snapshot) as StoredCaseSnapshot);
    const stamp = { version: row.version, listedAt: row.listed_at, updatedAt: row.updated_at };
    const view = hazardCaseView(snapshot, stamp, { asOf, policy: this.policy });
    if (!view) throw new Error(`read model row ${row.listed_position} holds an unlisted case`);
    return view;
  }
}
