import type Database from 'better-sqlite3';
import { restoreCaseSnapshot } from '@hazard/domain';
import type { Actor, DeadlinePolicy, StoredCaseSnapshot } from '@hazard/domain';
import type { CaseSnapshot } from '@hazard/workflows';
import { hazardCaseView } from '../projection/hazard-case.view';
import type { HazardCaseView } from '../projection/hazard-case.view';
import { DEFAULT_HAZARD_SORT } from './hazard-list.query';
import type { HazardListFilter, HazardListPaging, HazardSort } from './hazard-list.query';
import {
  countFromCountersSql,
  countSql,
  decodeCursor,
  encodeCursor,
  filterArms,
  orderedPositions,
} from './hazard-list.sql';

export interface CaseRow {
  listed_position: number;
  version: number;
  listed_at: string;
  updated_at: string;
  snapshot: string;
}

interface PageRow extends CaseRow {
  seg: number;
  deadline_at: number | null;
}

export const SELECT_CASE = `SELECT c.listed_position, c.version, c.listed_at, c.updated_at, s.snapshot`;

export interface CaseAt {
  view: HazardCaseView;
  snapshot: CaseSnapshot;
}

/** A row's case as of an instant: the snapshot restored, the view read off the domain's facts. */
export function caseOfRow(row: CaseRow, asOf: Date, policy: DeadlinePolicy): CaseAt {
  const snapshot = restoreCaseSnapshot(JSON.parse(row.snapshot) as StoredCaseSnapshot);
  const stamp = { version: row.version, listedAt: row.listed_at, updatedAt: row.updated_at };
  const view = hazardCaseView(snapshot, stamp, { asOf, policy });
  if (!view) throw new Error(`read model row ${row.listed_position} holds an unlisted case`);
  return { view, snapshot };
}

export interface ListSelection {
  actor: Actor;
  filter: HazardListFilter;
  sort?: HazardSort;
  asOf: Date;
}

export interface ViewPage {
  views: HazardCaseView[];
  page: number | null;
  nextCursor: string | null;
  /** How many rows precede this page: its offset, or null after a cursor (unknown). */
  before: number | null;
}

/**
 * The filtered, sorted hazard list over one connection: the API's own, or an export's
 * read-only one, which holds a single snapshot of the read model for a whole download.
 */
export class HazardListReader {
  constructor(
    private readonly db: Database.Database,
    private readonly policy: DeadlinePolicy,
  ) {}

  count({ actor, filter, asOf }: ListSelection): number {
    const counts =
      countFromCountersSql(actor, filter) ??
      filterArms(actor, filter, asOf.getTime()).map(countSql);
    return counts.reduce(
      (sum, { sql, params }) =>
        sum + this.db.prepare<unknown[], { n: number }>(sql).get(...params)!.n,
      0,
    );
  }

  page(selection: ListSelection, paging: HazardListPaging): ViewPage {
    const { actor, filter, asOf } = selection;
    const sort = selection.sort ?? DEFAULT_HAZARD_SORT;
    const arms = filterArms(actor, filter, asOf.getTime());
    const after = paging.cursor === undefined ? null : decodeCursor(sort, paging.cursor);
    const page = after === null ? (paging.page ?? 1) : null;
    const offset = page === null ? 0 : (page - 1) * paging.pageSize;
    // Each arm and segment picks its first rows from its index alone.
    const positions = orderedPositions(arms, sort, after, offset + paging.pageSize);
    // CROSS JOIN keeps the page as the outer loop: SQLite would otherwise scan every case and
    // probe the page when there is no filter.
    const rows = this.db
      .prepare<unknown[], PageRow>(
        `${SELECT_CASE}, page.seg, page.deadline_at
         FROM (${positions.sql} ORDER BY ${positions.order('')} LIMIT ? OFFSET ?) AS page
         CROSS JOIN hazard_cases c USING (listed_position)
         CROSS JOIN hazard_case_snapshots s USING (listed_position)
         ORDER BY ${positions.order('page.')}`,
      )
      .all(...positions.params, paging.pageSize, offset);
    const last = rows[rows.length - 1];
    const more = rows.length === paging.pageSize && last !== undefined;
    return {
      views: rows.map((row) => caseOfRow(row, asOf, this.policy).view),
      page,
      before: page === null ? null : offset,
      nextCursor: more
        ? encodeCursor(sort, {
            segment: last.seg,
            deadline: last.deadline_at,
            position: last.listed_position,
          })
        : null,
    };
  }
}
