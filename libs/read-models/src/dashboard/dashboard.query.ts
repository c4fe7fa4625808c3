import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type Database from 'better-sqlite3';
import { CASE_STATES, ESCALATION_LEVELS } from '@hazard/workflows';
import type { CaseState, EscalationLevel } from '@hazard/workflows';
import { CLOCK, DEADLINE_POLICY, toZonedIso } from '@hazard/domain';
import type { Actor, Clock, DeadlinePolicy } from '@hazard/domain';
import type { Environment } from '@hazard/config';
import { weekBounds, weekContaining } from '@hazard/reporting';
import { READ_MODEL_DB } from '../read-model-database';
import { PAST_DUE_INDEX } from '../projection/hazard-cases.schema';
import { scopeParts } from '../queries/case-scope';
import type { Clause } from '../queries/case-scope';
import { HazardListReader } from '../queries/hazard-list.reader';
import type { Sql } from '../queries/hazard-list.sql';

export const DUE_SOON_DAYS = 7;
export const TREND_WEEKS = 12;

export interface GroupFigures {
  total: number;
  open: number;
  overdue: number;
}

export interface Dashboard {
  asOf: string;
  total: number;
  open: number;
  byState: Array<{ state: CaseState; count: number }>;
  overdue: {
    total: number;
    byEscalationLevel: Array<{ level: EscalationLevel | null; count: number }>;
  };
  dueWithin7Days: number;
  byTown: Array<GroupFigures & { town: string }>;
  byIndustryAuthority: Array<GroupFigures & { industryAuthority: string }>;
  /** The last 12 ISO weeks in TIME_ZONE, oldest first, the current (running) week last. */
  weekly: Array<{ week: string; listed: number; closed: number }>;
}

type Group = 'town' | 'industry_authority';
type GroupRow = GroupFigures & { name: string };

const LISTED_STATES = CASE_STATES.filter(
  (s): s is Exclude<CaseState, 'unlisted'> => s !== 'unlisted',
);

const figures = (rows: GroupRow[], overduePastDue: Map<string, number>) =>
  rows
    .map(({ name, total, open, overdue }) => ({
      name,
      total,
      open,
      overdue: overdue + (overduePastDue.get(name) ?? 0),
    }))
    .filter((row) => row.total > 0)
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'zh-CN'));

/**
 * The dashboard within the user's jurisdiction, from the read model alone. What does not move
 * with time (state, recorded misses and their level, by town and authority) is summed from the
 * counters `hazard_case_counts` keeps; what time changes on its own (past due but not recorded
 * yet, due soon) and the weekly trend are counted on the indexes of `hazard_cases`.
 */
@Injectable()
export class DashboardQuery {
  private readonly list: HazardListReader;

  constructor(
    @Inject(READ_MODEL_DB) private readonly db: Database.Database,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(DEADLINE_POLICY) policy: DeadlinePolicy,
    private readonly config: ConfigService<Environment, true>,
  ) {
    this.list = new HazardListReader(db, policy);
  }

  dashboard(actor: Actor): Dashboard {
    const asOf = this.clock.now();
    const timeZone = this.config.get('TIME_ZONE', { infer: true });
    const standing = this.standing(actor);
    const all = <T>(sql: string, params: unknown[] = []) =>
      this.db
        .prepare<unknown[], T>(`WITH standing AS (${standing.sql}) ${sql}`)
        .all(...standing.params, ...params);

    const byState = new Map(
      all<{ state: string; n: number }>(
        'SELECT state, SUM(cases) AS n FROM standing GROUP BY state',
      ).map((r) => [r.state, r.n]),
    );
    const recorded = new Map(
      all<{ level: string; n: number }>(
        `SELECT escalation_level AS level, SUM(cases) AS n FROM standing
         WHERE miss_recorded = 1 GROUP BY escalation_level`,
      ).map((r) => [r.level, r.n]),
    );
    const pastDue = this.pastDueNotRecorded(actor, asOf.getTime());
    const groups = (group: Group) =>
      all<GroupRow>(
        `SELECT ${group} AS name, SUM(cases) AS total,
           SUM(CASE WHEN state = 'closed' THEN 0 ELSE cases END) AS open,
           SUM(CASE WHEN miss_recorded = 1 THEN cases ELSE 0 END) AS overdue
         FROM standing GROUP BY ${group}`,
      );
    const pastDueBy = (group: 'town' | 'industryAuthority') => {
      const sums = new Map<string, number>();
      for (const row of pastDue) sums.set(row[group], (sums.get(row[group]) ?? 0) + row.n);
      return sums;
    };
    const pastDueTotal = pastDue.reduce((sum, row) => sum + row.n, 0);
    const levels = [null, ...ESCALATION_LEVELS].map((level) => ({
      level,
      count: (recorded.get(level ?? '') ?? 0) + (level === null ? pastDueTotal : 0),
    }));
    const total = [...byState.values()].reduce((sum, n) => sum + n, 0);
    return {
      asOf: toZonedIso(asOf, timeZone),
      total,
      open: total - (byState.get('closed') ?? 0),
      byState: LISTED_STATES.map((state) => ({ state, count: byState.get(state) ?? 0 })),
      overdue: {
        total: levels.reduce((sum, l) => sum + l.count, 0),
        byEscalationLevel: levels,
      },
      dueWithin7Days: this.list.count({
        actor,
        filter: { dueWithinDays: DUE_SOON_DAYS },
        asOf,
      }),
      byTown: figures(groups('town'), pastDueBy('town')).map(({ name, ...f }) => ({
        town: name,
        ...f,
      })),
      byIndustryAuthority: figures(
        groups('industry_authority'),
        pastDueBy('industryAuthority'),
      ).map(({ name, ...f }) => ({ industryAuthority: name, ...f })),
      weekly: this.weekly(actor, asOf, timeZone),
    };
  }

  /** The counters over the actor's towns, plus the cases they lead elsewhere, counted one by one. */
  private standing(actor: Actor): Sql {
    const scope = scopeParts(actor);
    const counters: Sql = {
      sql: `SELECT town, industry_authority, state, miss_recorded, escalation_level, cases
            FROM hazard_case_counts ${scope ? `WHERE ${scope.towns.sql}` : ''}`,
      params: scope?.towns.params ?? [],
    };
    if (!scope) return counters;
    return {
      sql: `${counters.sql} UNION ALL
            SELECT town, industry_authority, state, miss_recorded,
              coalesce(escalation_level, '') AS escalation_level, 1 AS cases
            FROM hazard_cases WHERE ${scope.ledElsewhere.sql}`,
      params: [...counters.params, ...scope.ledElsewhere.params],
    };
  }

  /** Rows of hazard_cases within the actor's jurisdiction, one query per part of it. */
  private inScope<T>(actor: Actor, select: (scope: Clause | null) => T[]): T[] {
    const scope = scopeParts(actor);
    return scope ? [...scope.eachTown, scope.ledElsewhere].flatMap(select) : select(null);
  }

  /** Overdue by the domain's rule but not recorded yet: the moments before the job fires. */
  private pastDueNotRecorded(actor: Actor, now: number) {
    return this.inScope(actor, (scope) =>
      this.db
        .prepare<unknown[], { town: string; industryAuthority: string; n: number }>(
          `SELECT town, industry_authority AS industryAuthority, COUNT(*) AS n
           FROM hazard_cases INDEXED BY ${PAST_DUE_INDEX}
           WHERE miss_recorded = 0 AND deadline_at <= ? ${scope ? `AND ${scope.sql}` : ''}
           GROUP BY town, industry_authority`,
        )
        .all(now, ...(scope?.params ?? [])),
    );
  }

  /**
   * Listed and closed per week. Across the city, each week is a range count on the indexes of
   * listing and closing times; within a jurisdiction, its own few cases are read once and put
   * into their weeks here.
   */
  private weekly(actor: Actor, asOf: Date, timeZone: string): Dashboard['weekly'] {
    const weeks: Array<{ week: string; start: number; cutOff: number }> = [];
    let week = weekContaining(asOf, timeZone);
    for (let i = 0; i < TREND_WEEKS; i += 1) {
      const { start, cutOff } = weekBounds(week, timeZone);
      weeks.unshift({ week, start: start.getTime(), cutOff: cutOff.getTime() });
      week = weekContaining(new Date(start.getTime() - 1), timeZone);
    }
    const scope = scopeParts(actor);
    if (!scope) {
      const counter = (column: 'listed_ms' | 'closed_ms') =>
        this.db.prepare<[number, number], { n: number }>(
          `SELECT COUNT(*) AS n FROM hazard_cases WHERE ${column} >= ? AND ${column} < ?`,
        );
      const [listed, closed] = [counter('listed_ms'), counter('closed_ms')];
      return weeks.map(({ week, start, cutOff }) => ({
        week,
        listed: listed.get(start, cutOff)!.n,
        closed: closed.get(start, cutOff)!.n,
      }));
    }
    const from = weeks[0].start;
    const times = [...scope.eachTown, scope.ledElsewhere].flatMap((part) =>
      this.db
        .prepare<unknown[], { listed: number; closed: number | null }>(
          `SELECT listed_ms AS listed, closed_ms AS closed FROM hazard_cases
           WHERE ${part.sql} AND (listed_ms >= ? OR closed_ms >= ?)`,
        )
        .all(...part.params, from, from),
    );
    const within = (at: number | null, { start, cutOff }: (typeof weeks)[number]) =>
      at !== null && at >= start && at < cutOff;
    return weeks.map((w) => ({
      week: w.week,
      listed: times.filter((t) => within(t.listed, w)).length,
      closed: times.filter((t) => within(t.closed, w)).length,
    }));
  }
}
