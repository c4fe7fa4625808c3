import { DAY_MS, ValidationFailedError } from '@hazard/domain';
import type { Actor } from '@hazard/domain';
import { fieldError } from '@hazard/http';
import { searchMatch } from '../search/case-search';
import { scopeClause } from './case-scope';
import type { HazardListFilter, HazardSort } from './hazard-list.query';

export interface Where {
  clauses: string[];
  params: unknown[];
}

export const whereSql = ({ clauses }: Where): string =>
  clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';

const withClause = (where: Where, sql: string, ...values: unknown[]): Where => ({
  clauses: [...where.clauses, sql],
  params: [...where.params, ...values],
});

function searchClause(q: string): [string, string] {
  const match = searchMatch(q);
  if (match === null) throw new ValidationFailedError([fieldError('q', 'searchText')]);
  return [
    'listed_position IN (SELECT rowid FROM hazard_case_search WHERE hazard_case_search MATCH ?)',
    match,
  ];
}

/**
 * The filters as one or two disjoint sets of rows (arms). "Overdue" follows the domain's rule
 * (the deadline in force has passed at `now`): the cases whose miss is recorded, plus those
 * past due whose miss is not recorded yet; each arm is served by its own index. "Due within
 * N days" is its complement's near end: not overdue, deadline in force within N days.
 */
export function filterArms(actor: Actor, filter: HazardListFilter, now: number): Where[] {
  let base: Where = { clauses: [], params: [] };
  const add = (sql: string, ...values: unknown[]) => (base = withClause(base, sql, ...values));
  if (filter.state !== undefined) {
    add(filter.state.includes('.') ? 'state = ?' : 'state_group = ?', filter.state);
  }
  if (filter.town !== undefined) add('town = ?', filter.town);
  if (filter.industryAuthority !== undefined) {
    add('industry_authority = ?', filter.industryAuthority);
  }
  if (filter.priority !== undefined) add('priority = ?', filter.priority);
  if (filter.leaderId !== undefined) add('leader_id = ?', filter.leaderId);
  if (filter.dueWithinDays !== undefined) {
    const until = now + filter.dueWithinDays * DAY_MS;
    add('miss_recorded = 0 AND deadline_at > ? AND deadline_at <= ?', now, until);
  }
  if (filter.q !== undefined) add(...searchClause(filter.q));
  const scope = scopeClause(actor);
  if (scope) add(scope.sql, ...scope.params);
  if (filter.overdue === true) {
    return [
      withClause(base, 'miss_recorded = 1'),
      withClause(base, 'miss_recorded = 0 AND deadline_at <= ?', now),
    ];
  }
  if (filter.overdue === false) {
    return [
      withClause(base, 'miss_recorded = 0 AND (deadline_at IS NULL OR deadline_at > ?)', now),
    ];
  }
  return [base];
}

/** Where the previous page ended, in the order of its sort. */
export interface ListCursor {
  segment: number;
  deadline: number | null;
  position: number;
}

interface Segment {
  /** Which rows belong to the segment; segments follow one another in the list. */
  where: string | null;
  /** The rows after the cursor's within its own segment. */
  after: (cursor: ListCursor) => [string, ...unknown[]];
}

interface SortPlan {
  /** Sorting `seg` first, then by these, gives the list order (`alias.` before each column). */
  order: (alias: string) => string;
  segments: Segment[];
  cursorKind: 'p' | 'd';
}

const byPosition = (direction: 'ASC' | 'DESC'): SortPlan => ({
  order: (a) => `${a}listed_position ${direction}`,
  segments: [
    {
      where: null,
      after: (c) => [`listed_position ${direction === 'ASC' ? '>' : '<'} ?`, c.position],
    },
  ],
  cursorKind: 'p',
});

/** Cases with a deadline in force in its order, then the others (closed, no leader yet). */
const byDeadline = (direction: 'ASC' | 'DESC'): SortPlan => {
  const beyond = direction === 'ASC' ? '>' : '<';
  return {
    order: (a) => `${a}deadline_at ${direction}, ${a}listed_position ${direction}`,
    segments: [
      {
        where: 'deadline_at IS NOT NULL',
        after: (c) => [`(deadline_at, listed_position) ${beyond} (?, ?)`, c.deadline, c.position],
      },
      { where: 'deadline_at IS NULL', after: (c) => [`listed_position ${beyond} ?`, c.position] },
    ],
    cursorKind: 'd',
  };
};

const SORT_PLANS: Record<HazardSort, SortPlan> = {
  listedAt: byPosition('ASC'),
  '-listedAt': byPosition('DESC'),
  deadline: byDeadline('ASC'),
  '-deadline': byDeadline('DESC'),
};

const invalidCursor = () => new ValidationFailedError([fieldError('cursor', 'cursor')]);

export function encodeCursor(sort: HazardSort, cursor: ListCursor): string {
  const text =
    SORT_PLANS[sort].cursorKind === 'p'
      ? `p${cursor.position}`
      : `d${cursor.segment}.${cursor.deadline ?? ''}.${cursor.position}`;
  return Buffer.from(text).toString('base64url');
}

/** A cursor is only good for the kind of sort that made it. */
export function decodeCursor(sort: HazardSort, cursor: string): ListCursor {
  const text = Buffer.from(cursor, 'base64url').toString();
  const kind = SORT_PLANS[sort].cursorKind;
  const byPositionMatch = kind === 'p' ? /^p(\d{1,15})$/.exec(text) : null;
  if (byPositionMatch) return { segment: 0, deadline: null, position: Number(byPositionMatch[1]) };
  const byDeadlineMatch = kind === 'd' ? /^d([01])\.(-?\d{1,15})?\.(\d{1,15})$/.exec(text) : null;
  if (!byDeadlineMatch) throw invalidCursor();
  const [, segment, deadline, position] = byDeadlineMatch;
  if ((segment === '0') !== (deadline !== undefined)) throw invalidCursor();
  return {
    segment: Number(segment),
    deadline: deadline === undefined ? null : Number(deadline),
    position: Number(position),
  };
}

export interface PositionsSql {
  sql: string;
  params: unknown[];
}

/**
 * The positions, deadlines and segments of the first `offset + limit` rows of every arm and
 * segment after the cursor, each from its own index in list order, ready to be merged by
 * `seg` and the sort's order. Only the page's own rows are read in full afterwards.
 */
export function orderedPositions(
  arms: Where[],
  sort: HazardSort,
  after: ListCursor | null,
  take: number,
): PositionsSql & { order: (alias: string) => string } {
  const plan = SORT_PLANS[sort];
  const parts: PositionsSql[] = [];
  plan.segments.forEach((segment, index) => {
    if (after && index < after.segment) return;
    for (const arm of arms) {
      let where = segment.where ? withClause(arm, segment.where) : arm;
      if (after && index === after.segment) where = withClause(where, ...segment.after(after));
      parts.push({
        sql: `SELECT listed_position, deadline_at, seg FROM (SELECT listed_position, deadline_at,
          ${index} AS seg FROM hazard_cases ${whereSql(where)} ORDER BY ${plan.order('')}
          LIMIT ${take})`,
        params: where.params,
      });
    }
  });
  return {
    sql: parts.map((p) => p.sql).join(' UNION ALL '),
    params: parts.flatMap((p) => p.params),
    order: (alias) => `${alias}seg, ${plan.order(alias)}`,
  };
}
