import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import type { Actor, InspectionKind, RecordedInspection } from '@hazard/domain';
import { CAMPAIGN_DB } from '../read-model/campaign-database';
import { add, decodeCursor, encodeCursor, scoped, whereSql } from './campaign-scope';
import type { Page } from './campaign-scope';

export interface InspectionFilter {
  unitId?: string;
  town?: string;
  industryAuthority?: string;
  kind?: InspectionKind;
  zeroHazard?: boolean;
  /** Inspected on or after / on or before, `YYYY-MM-DD`. */
  from?: string;
  to?: string;
}

export interface InspectionView extends RecordedInspection {
  recordedAt: string;
  recordedBy: string;
}

interface Row {
  position: number;
  recorded_at: string;
  recorded_by: string;
  data: string;
}

/** Inspections, newest recorded first, within the actor's jurisdiction. */
@Injectable()
export class InspectionQueries {
  constructor(@Inject(CAMPAIGN_DB) private readonly db: Database.Database) {}

  list(
    actor: Actor,
    filter: InspectionFilter,
    paging: { pageSize: number; cursor?: string },
  ): Page<InspectionView> {
    const where = scoped(actor);
    if (filter.unitId !== undefined) add(where, 'unit_id = ?', filter.unitId);
    if (filter.town !== undefined) add(where, 'town = ?', filter.town);
    if (filter.industryAuthority !== undefined) {
      add(where, 'industry_authority = ?', filter.industryAuthority);
    }
    if (filter.kind !== undefined) add(where, 'kind = ?', filter.kind);
    if (filter.zeroHazard !== undefined) add(where, 'zero_hazard = ?', filter.zeroHazard ? 1 : 0);
    if (filter.from !== undefined) add(where, 'inspected_on >= ?', filter.from);
    if (filter.to !== undefined) add(where, 'inspected_on <= ?', filter.to);
    if (paging.cursor !== undefined) add(where, 'position < ?', decodeCursor(paging.cursor));
    const rows = this.db
      .prepare<unknown[], Row>(
        `SELECT position, recorded_at, recorded_by, data FROM inspections ${whereSql(where)}
         ORDER BY position DESC LIMIT ?`,
      )
      .all(...where.params, paging.pageSize);
    const last = rows.at(-1);
    return {
      items: rows.map((row) => ({
        ...(JSON.parse(row.data) as RecordedInspection),
        recordedAt: row.recorded_at,
        recordedBy: row.recorded_by,
      })),
      nextCursor: rows.length === paging.pageSize && last ? encodeCursor(last.position) : null,
    };
  }
}
