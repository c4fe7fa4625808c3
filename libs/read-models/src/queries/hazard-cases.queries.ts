import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { CaseNotFoundError, ValidationFailedError } from '@hazard/domain';
import type { Actor } from '@hazard/domain';
import { READ_MODEL_DB } from '../read-model-database';
import { hazardCaseView } from '../projection/hazard-case.view';
import type { HazardCaseView, StoredSnapshot } from '../projection/hazard-case.view';
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

const viewOf = (row: CaseRow): HazardCaseView => {
  const view = hazardCaseView(JSON.parse(row.snapshot) as StoredSnapshot, {
    version: row.version,
    listedAt: row.listed_at,
    updatedAt: row.updated_at,
  });
  if (!view) throw new Error(`read model row ${row.listed_position} holds an unlisted case`);
  return view;
};

const encodeCursor = (position: number): string =>
  Buffer.from(`p${position}`).toString('base64url');

function decodeCursor(cursor: string): number {
  const match = /^p(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new ValidationFailedError([{ field: 'cursor', message: 'is not a cursor' }]);
  return Number(match[1]);
}

function whereOf(actor: Actor, filter: HazardListFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    clauses.push(sql);
    params.push(...values);
  };
  if (filter.state !== undefined) {
    add(filter.state.includes('.') ? 'state = ?' : 'state_group = ?', filter.state);
  }
  if (filter.town !== undefined) add('town = ?', filter.town);
  if (filter.priority !== undefined) add('priority = ?', filter.priority);
  if (filter.overdue !== undefined) add('overdue = ?', filter.overdue ? 1 : 0);
  if (filter.leaderId !== undefined) add('leader_id = ?', filter.leaderId);
  const scope = scopeClause(actor);
  if (scope) add(scope.sql, ...scope.params);
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** The hazard list and case detail, served from the read model. */
@Injectable()
export class HazardCaseQueries {
  private readonly byId;

  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {
    this.byId = db.prepare<[string], CaseRow>(
      `${SELECT_CASE} FROM hazard_cases c JOIN hazard_case_snapshots s USING (listed_position)
       WHERE c.id = ?`,
    );
  }

  list({ actor, filter, paging }: HazardListQuery): HazardListPage {
    const where = whereOf(actor, filter);
    const total = this.db
      .prepare<unknown[], { n: number }>(`SELECT COUNT(*) AS n FROM hazard_cases ${where.sql}`)
      .get(...where.params)!.n;
    const after = paging.cursor === undefined ? null : decodeCursor(paging.cursor);
    const page = after === null ? (paging.page ?? 1) : null;
    const keyset = after === null ? '' : `${where.sql ? 'AND' : 'WHERE'} listed_position < ?`;
    // The page is chosen from the indexes alone (positions only); just its rows are read.
    // CROSS JOIN keeps the page as the outer loop: SQLite would otherwise scan every case and
    // probe the page when there is no filter.
    const rows = this.db
      .prepare<unknown[], CaseRow>(
        `${SELECT_CASE}
         FROM (SELECT listed_position FROM hazard_cases ${where.sql} ${keyset}
               ORDER BY listed_position DESC LIMIT ? OFFSET ?) AS page
         CROSS JOIN hazard_cases c USING (listed_position)
         CROSS JOIN hazard_case_snapshots s USING (listed_position)
         ORDER BY c.listed_position DESC`,
      )
      .all(
        ...where.params,
        ...(after === null ? [] : [after]),
        paging.pageSize,
        page === null ? 0 : (page - 1) * paging.pageSize,
      );
    const last = rows[rows.length - 1];
    const more = rows.length === paging.pageSize && last !== undefined;
    return {
      items: rows.map((row) => toSummary(viewOf(row))),
      total,
      page,
      pageSize: paging.pageSize,
      nextCursor: more ? encodeCursor(last.listed_position) : null,
    };
  }

  detail(actor: Actor, caseId: string): HazardCaseView {
    const row = this.byId.get(caseId);
    if (!row) throw new CaseNotFoundError(caseId);
    const view = viewOf(row);
    assertCanSeeCase(actor, view.listing.town, view.leader?.id ?? null);
    return view;
  }
}
