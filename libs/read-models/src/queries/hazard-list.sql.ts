import { CASE_STATES } from '@hazard/workflows';
import { DAY_MS, ValidationFailedError } from '@hazard/domain';
import type { Actor } from '@hazard/domain';
import { fieldError } from '@hazard/http';
import { searchMatch } from '../search/case-search';
import { PAST_DUE_INDEX } from '../projection/hazard-cases.schema';
import { scopeParts } from './case-scope';
import type { HazardListFilter, HazardSort } from './hazard-list.query';

interface Where {
  clauses: string[];
  params: unknown[];
  /** The full-text MATCH of `q`, if any. */
  match?: string;
  /** Its rows all have a deadline in force (overdue, due soon): no sort segment without one. */
  withDeadline?: boolean;
  /** The index that holds these rows, where the planner could not know it. */
  indexedBy?: string;
}

export interface Sql {
  sql: string;
  params: unknown[];
}

const SEARCH = `listed_position IN
  (SELECT rowid FROM hazard_case_search WHERE hazard_case_search MATCH ?)`;

/** The WHERE clause of a set of rows and its parameters, in order. */
function conditions(where: Where): Sql {
  const clauses = where.match === undefined ? where.clauses : [SEARCH, ...where.clauses];
  const params = where.match === undefined ? where.params : [where.match, ...where.params];
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

const fromCases = (where: Where): string =>
  where.indexedBy ? `hazard_cases INDEXED BY ${where.indexedBy}` : 'hazard_cases';

/** Only `q`: the full-text index alone has the rows (its rowids are listing positions). */
const searchOnly = (where: Where): where is Where & { match: string } =>
  where.match !== undefined && where.clauses.length === 0;

export function countSql(where: Where): Sql {
  if (searchOnly(where)) {
    return {
      sql: 'SELECT COUNT(*) AS n FROM hazard_case_search WHERE hazard_case_search MATCH ?',
      params: [where.match],
    };
  }
  const { sql, params } = conditions(where);
  return { sql: `SELECT COUNT(*) AS n FROM ${fromCases(where)} ${sql}`, params };
}

const withClause = (where: Where, sql: string, ...values: unknown[]): Where => ({
  ...where,
  clauses: [...where.clauses, sql],
  params: [...where.params, ...values],
});

function searchMatchOf(q: string): string {
  const match = searchMatch(q);
  if (match === null) throw new ValidationFailedError([fieldError('q', 'searchText')]);
  return match;
}

/**
 * The filters as disjoint sets of rows (arms), each served by its own index. "Overdue" follows
 * the domain's rule (the deadline in force has passed at `now`): the cases whose miss is
 * recorded, plus those past due whose miss is not recorded yet. "Due within N days" is its
 * complement's near end: not overdue, deadline in force within N days. A town-scoped actor's
 * jurisdiction splits each arm again, by town and into the cases they lead elsewhere.
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
    base = { ...base, withDeadline: true };
  }
  if (filter.q !== undefined) base = { ...base, match: searchMatchOf(filter.q) };
  return withinScope(actor, overdueArms(base, filter.overdue, now));
}

function overdueArms(base: Where, overdue: boolean | undefined, now: number): Where[] {
  if (overdue === true) {
    // A recorded miss is of the deadline in force, so both arms have one.
    return [
      { ...withClause(base, 'miss_recorded = 1'), withDeadline: true },
      {
        ...withClause(base, 'miss_recorded = 0 AND deadline_at <= ?', now),
        withDeadline: true,
        // Past due and not recorded: the few moments before each job fires.
        indexedBy: PAST_DUE_INDEX,
      },
    ];
  }
  if (overdue === false) {
    return [
      withClause(base, 'miss_recorded = 0 AND (deadline_at IS NULL OR deadline_at > ?)', now),
    ];
  }
  return [base];
}

/** Each arm once per town of the actor's and once among the cases they lead elsewhere. */
function withinScope(actor: Actor, arms: Where[]): Where[] {
  const scope = scopeParts(actor);
  if (!scope) return arms;
  return arms.flatMap((arm) =>
    [...scope.eachTown, scope.ledElsewhere].map((part) =>
      withClause(arm, part.sql, ...part.params),
    ),
  );
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
  /** The segment of the cases without a deadline in force. */
  withoutDeadline?: true;
  /** The rows after the cursor's within its own segment, by `column` (the listing position). */
  after: (cursor: ListCursor, column: string) => [string, ...unknown[]];
}

interface SortPlan {
  /**
   * Sorting `seg` first, then by these, gives the list order (`alias.` before each column; the
   * listing position may go by another name, as `rowid` in the full-text index).
   */
  order: (alias: string, position?: string) => string;
  segments: Segment[];
  cursorKind: 'p' | 'd';
}

const byPosition = (direction: 'ASC' | 'DESC'): SortPlan => ({
  order: (a, position = 'listed_position') => `${a}${position} ${direction}`,
  segments: [
    {
      where: null,
      after: (c, column) => [`${column} ${direction === 'ASC' ? '>' : '<'} ?`, c.position],
    },
  ],
  cursorKind: 'p',
});

/** Cases with a deadline in force in its order, then the others (closed, no leader yet). */
const byDeadline = (direction: 'ASC' | 'DESC'): SortPlan => {
  const beyond = direction === 'ASC' ? '>' : '<';
  return {
    order: (a, position = 'listed_position') =>
      `${a}deadline_at ${direction}, ${a}${position} ${direction}`,
    segments: [
      {
        where: 'deadline_at IS NOT NULL',
        after: (c) => [`(deadline_at, listed_position) ${beyond} (?, ?)`, c.deadline, c.position],
      },
      {
        where: 'deadline_at IS NULL',
        withoutDeadline: true,
        after: (c, column) => [`${column} ${beyond} ?`, c.position],
      },
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

/** Only `q`, in listing order: the full-text index gives the page by itself. */
function searchedPositions(
  plan: SortPlan,
  where: Where & { match: string },
  after: ListCursor | null,
  take: number,
): Sql {
  const [clause, ...values]: [string, ...unknown[]] = after
    ? plan.segments[0].after(after, 'rowid')
    : ['1'];
  return {
    sql: `SELECT listed_position, deadline_at, seg FROM (SELECT rowid AS listed_position,
      NULL AS deadline_at, 0 AS seg FROM hazard_case_search
      WHERE hazard_case_search MATCH ? AND ${clause} ORDER BY ${plan.order('', 'rowid')}
      LIMIT ${take})`,
    params: [where.match, ...values],
  };
}

/**
 * The positions, deadlines and segments of the first `take` rows of every arm and segment
 * after the cursor, each from its own index in list order, ready to be merged by `seg` and
 * the sort's order. Only the page's own rows are read in full afterwards.
 */
export function orderedPositions(
  arms: Where[],
  sort: HazardSort,
  after: ListCursor | null,
  take: number,
): Sql & { order: (alias: string) => string } {
  const plan = SORT_PLANS[sort];
  const parts: Sql[] = [];
  plan.segments.forEach((segment, index) => {
    if (after && index < after.segment) return;
    for (const arm of arms) {
      if (segment.withoutDeadline && arm.withDeadline) continue;
      if (plan.cursorKind === 'p' && searchOnly(arm)) {
        parts.push(searchedPositions(plan, arm, after, take));
        continue;
      }
      let where = segment.where ? withClause(arm, segment.where) : arm;
      if (after && index === after.segment) {
        where = withClause(where, ...segment.after(after, 'listed_position'));
      }
      const { sql, params } = conditions(where);
      parts.push({
        sql: `SELECT listed_position, deadline_at, seg FROM (SELECT listed_position, deadline_at,
          ${index} AS seg FROM ${fromCases(where)} ${sql} ORDER BY ${plan.order('')} LIMIT ${take})`,
        params,
      });
    }
  });
  return {
    sql: parts.map((p) => p.sql).join(' UNION ALL '),
    params: parts.flatMap((p) => p.params),
    order: (alias) => `${alias}seg, ${plan.order(alias)}`,
  };
}

/** The concrete states a state filter stands for: itself, or a top-level state's sub-states. */
const statesOf = (state: string): string[] =>
  CASE_STATES.filter((s) => s === state || s.startsWith(`${state}.`));

/**
 * The count of a selection by state, town and industry authority alone, summed from the
 * counters `hazard_case_counts` keeps instead of counted over (possibly) a million rows; null
 * for a selection the counters cannot tell (priority, leader, overdue, due soon, search).
 */
export function countFromCountersSql(actor: Actor, filter: HazardListFilter): Sql[] | null {
  const { state, town, industryAuthority, ...others } = filter;
  if (Object.values(others).some((value) => value !== undefined)) return null;
  let where: Where = { clauses: [], params: [] };
  if (state !== undefined) {
    const states = statesOf(state);
    where = withClause(where, `state IN (${states.map(() => '?').join(', ')})`, ...states);
  }
  if (town !== undefined) where = withClause(where, 'town = ?', town);
  if (industryAuthority !== undefined) {
    where = withClause(where, 'industry_authority = ?', industryAuthority);
  }
  const scope = scopeParts(actor);
  const counters = (w: Where): Sql => {
    const { sql, params } = conditions(w);
    return { sql: `SELECT coalesce(SUM(cases), 0) AS n FROM hazard_case_counts ${sql}`, params };
  };
  if (!scope) return [counters(where)];
  return [
    counters(withClause(where, scope.towns.sql, ...scope.towns.params)),
    countSql(withClause(where, scope.ledElsewhere.sql, ...scope.ledElsewhere.params)),
  ];
}
