import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { UnitNotFoundError } from '@hazard/domain';
import type { Actor, UnitFacts } from '@hazard/domain';
import { CAMPAIGN_DB } from '../read-model/campaign-database';
import { add, assertMayRead, decodeCursor, encodeCursor, scoped, whereSql } from './campaign-scope';
import type { Page } from './campaign-scope';

export interface UnitFilter {
  town?: string;
  industryAuthority?: string;
  category?: string;
  /** Part of the name, or the whole credit code or other identifier. */
  q?: string;
  active?: boolean;
}

export interface UnitView extends UnitFacts {
  registeredAt: string;
  updatedAt: string;
  version: number;
}

interface Row {
  position: number;
  registered_at: string;
  updated_at: string;
  version: number;
  state: string;
}

const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const view = (row: Row): UnitView => ({
  ...(JSON.parse(row.state) as UnitFacts),
  registeredAt: row.registered_at,
  updatedAt: row.updated_at,
  version: row.version,
});

/** The unit register, served from the campaign read model, within the actor's jurisdiction. */
@Injectable()
export class UnitQueries {
  constructor(@Inject(CAMPAIGN_DB) private readonly db: Database.Database) {}

  list(
    actor: Actor,
    filter: UnitFilter,
    paging: { pageSize: number; cursor?: string },
  ): Page<UnitView> & { total: number } {
    const where = scoped(actor);
    if (filter.town !== undefined) add(where, 'town = ?', filter.town);
    if (filter.industryAuthority !== undefined) {
      add(where, 'industry_authority = ?', filter.industryAuthority);
    }
    if (filter.category !== undefined) add(where, 'category = ?', filter.category);
    if (filter.active !== undefined) add(where, 'active = ?', filter.active ? 1 : 0);
    if (filter.q !== undefined) {
      add(
        where,
        "(name LIKE ? ESCAPE '\\' OR credit_code = ? OR other_identifier = ?)",
        likePattern(filter.q),
        filter.q.toUpperCase(),
        filter.q,
      );
    }
    const total = this.db
      .prepare<unknown[], { n: number }>(`SELECT COUNT(*) AS n FROM units ${whereSql(where)}`)
      .get(...where.params)!.n;
    if (paging.cursor !== undefined) add(where, 'position < ?', decodeCursor(paging.cursor));
    const rows = this.db
      .prepare<unknown[], Row>(
        `SELECT position, registered_at, updated_at, version, state FROM units ${whereSql(where)}
         ORDER BY position DESC LIMIT ?`,
      )
      .all(...where.params, paging.pageSize);
    const last = rows.at(-1);
    return {
      items: rows.map(view),
      total,
      nextCursor: rows.length === paging.pageSize && last ? encodeCursor(last.position) : null,
    };
  }

  detail(actor: Actor, unitId: string): UnitView {
    const row = this.db
      .prepare<[string], Row>(
        'SELECT position, registered_at, updated_at, version, state FROM units WHERE unit_id = ?',
      )
      .get(unitId);
    if (!row) throw new UnitNotFoundError(unitId);
    const unit = view(row);
    assertMayRead(actor, { unitId, ...unit.profile });
    return unit;
  }
}
