import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { CLOCK } from '@hazard/domain';
import type { Actor, Clock } from '@hazard/domain';
import { CAMPAIGN_DB } from '../read-model/campaign-database';
import { add, decodeCursor, encodeCursor, scoped, whereSql } from './campaign-scope';
import type { Page, Where } from './campaign-scope';

/** 隐患问题清单 (every open hazard) or 整改销号清单 (every one rectified and closed). */
export type HazardListKind = 'hazards' | 'rectifications';

export interface HazardListScope {
  town?: string;
  industryAuthority?: string;
}

/** One line of either list: a general hazard or a major case, in the same columns. */
export interface HazardListEntry {
  kind: 'general' | 'major';
  id: string;
  unitName: string;
  town: string;
  industryAuthority: string;
  /** The general hazard's description, the major case's title. */
  title: string;
  /** Where a general hazard came from; null for a major case. */
  source: string | null;
  /** 急重轻缓. */
  grading: string;
  state: string;
  foundAt: string;
  deadline: string | null;
  overdue: boolean;
  /** When it was verified and closed (验收销号), and by whom: the ledger's columns. */
  closedAt: string | null;
  closedBy: string | null;
}

interface Row {
  kind: 'general' | 'major';
  position: number;
  id: string;
  unit_name: string;
  town: string;
  industry_authority: string;
  title: string;
  source: string | null;
  grading: string;
  state: string;
  found_at: string;
  deadline: string | null;
  deadline_at: number | null;
  miss_recorded: number;
  closed_at: string | null;
  closed_by: string | null;
}

/**
 * The two lists every level keeps, per town, per industry authority or city-wide (within
 * the actor's jurisdiction), general hazards and major cases together, newest first.
 * Escalated general hazards are in neither: they live on as their major case.
 */
@Injectable()
export class HazardListQueries {
  constructor(
    @Inject(CAMPAIGN_DB) private readonly db: Database.Database,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  page(
    list: HazardListKind,
    actor: Actor,
    scope: HazardListScope,
    paging: { pageSize: number; cursor?: string },
  ): Page<HazardListEntry> {
    const after = paging.cursor === undefined ? null : decodeCursor(paging.cursor);
    const { sql, params } = this.query(list, actor, scope, after);
    const rows = this.db.prepare<unknown[], Row>(`${sql} LIMIT ?`).all(...params, paging.pageSize);
    const now = this.clock.now().getTime();
    const last = rows.at(-1);
    return {
      items: rows.map((row) => entryOf(row, now)),
      nextCursor: rows.length === paging.pageSize && last ? encodeCursor(last.position) : null,
    };
  }

  /** Every entry of the list, for an export: read as it is written out. */
  *all(list: HazardListKind, actor: Actor, scope: HazardListScope): Generator<HazardListEntry> {
    const { sql, params } = this.query(list, actor, scope, null);
    const now = this.clock.now().getTime();
    for (const row of this.db.prepare<unknown[], Row>(sql).iterate(...params)) {
      yield entryOf(row, now);
    }
  }

  private query(
    list: HazardListKind,
    actor: Actor,
    scope: HazardListScope,
    after: number | null,
  ): { sql: string; params: unknown[] } {
    const where = (): Where => {
      const w = scoped(actor);
      if (list === 'hazards') add(w, 'open = 1');
      else add(w, "state = 'closed'");
      if (scope.town !== undefined) add(w, 'town = ?', scope.town);
      if (scope.industryAuthority !== undefined) {
        add(w, 'industry_authority = ?', scope.industryAuthority);
      }
      if (after !== null) add(w, 'position < ?', after);
      return w;
    };
    const general = where();
    const major = where();
    return {
      sql: `SELECT * FROM (
          SELECT 'general' AS kind, position, hazard_id AS id, unit_name, town, industry_authority,
            description AS title, source, grading, state, found_at,
            rectification_deadline AS deadline, deadline_at, miss_recorded,
            verified_at AS closed_at, verified_by AS closed_by
          FROM general_hazards ${whereSql(general)}
          UNION ALL
          SELECT 'major', position, case_id, unit_name, town, industry_authority, title, NULL,
            priority, state, listed_at, deadline, deadline_at, miss_recorded, closed_at, closed_by
          FROM major_cases ${whereSql(major)}
        ) ORDER BY position DESC`,
      params: [...general.params, ...major.params],
    };
  }
}

function entryOf(row: Row, now: number): HazardListEntry {
  return {
    kind: row.kind,
    id: row.id,
    unitName: row.unit_name,
    town: row.town,
    industryAuthority: row.industry_authority,
    title: row.title,
    source: row.source,
    grading: row.grading,
    state: row.state,
    foundAt: row.found_at,
    deadline: row.deadline,
    // The domain's rule, as the rows keep it: recorded, or the deadline in force has passed.
    overdue: row.miss_recorded === 1 || (row.deadline_at !== null && row.deadline_at <= now),
    closedAt: row.closed_at,
    closedBy: row.closed_by,
  };
}
