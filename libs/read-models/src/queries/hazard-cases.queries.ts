import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { CaseNotFoundError, ValidationFailedError } from '@hazard/domain';
import type { Actor } from '@hazard/domain';
import { READ_MODEL_DB } from '../read-model-database';
import type { HazardCaseView } from '../projection/hazard-case.view';
import { assertCanSeeCase, scopeClause } from './case-scope';
import { toSummary } from './hazard-list.query';
import type { HazardListFilter, HazardListPage, HazardListQuery } from './hazard-list.query';

interface ListedRow {
  listed_position: number;
  detail: string;
}

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
    this.byId = db.prepare<[string], { detail: string }>(
      'SELECT detail FROM hazard_cases WHERE id = ?',
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
    const rows = this.db
      .prepare<unknown[], ListedRow>(
        `SELECT listed_position, detail FROM hazard_cases ${where.sql} ${keyset}
         ORDER BY listed_position DESC LIMIT ? OFFSET ?`,
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
      items: rows.map((row) => toSummary(JSON.parse(row.detail) as HazardCaseView)),
      total,
      page,
      pageSize: paging.pageSize,
      nextCursor: more ? encodeCursor(last.listed_position) : null,
    };
  }

  detail(actor: Actor, caseId: string): HazardCaseView {
    const row = this.byId.get(caseId);
    if (!row) throw new CaseNotFoundError(caseId);
    const view = JSON.parse(row.detail) as HazardCaseView;
    assertCanSeeCase(actor, view.listing.town, view.leader?.id ?? null);
    return view;
  }
}
