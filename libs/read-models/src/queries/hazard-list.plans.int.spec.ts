import type Database from 'better-sqlite3';
import type { Actor } from '@hazard/domain';
import { actors } from '@hazard/testing/case-fixtures';
import { tempDir } from '@hazard/testing/temp-dir';
import { createHazardCasesIndexes } from '../projection/hazard-cases.schema';
import { openReadModelDatabase } from '../read-model-database';
import { HAZARD_SORTS } from './hazard-list.query';
import type { HazardListFilter } from './hazard-list.query';
import { countSql, filterArms, orderedPositions } from './hazard-list.sql';

/**
 * Each filter, and the indexes that may serve it (a town user's arms add town and leader). A
 * common value may also be found by reading the sort's own order until the page is full.
 */
const FILTERS: Record<string, [HazardListFilter, RegExp]> = {
  state: [{ state: 'leaderAssigned' }, /^hazard_cases_group/],
  subState: [{ state: 'leaderAssigned.awaitingPlan' }, /^hazard_cases_state$/],
  town: [{ town: '水头镇' }, /^hazard_cases_town/],
  authority: [{ industryAuthority: '住建局' }, /^hazard_cases_authority$/],
  priority: [{ priority: 'urgent' }, /^hazard_cases_(priority|deadline)$/],
  overdue: [{ overdue: true }, /^hazard_cases_(missed|due_unrecorded)/],
  notOverdue: [{ overdue: false }, /^hazard_cases_missed/],
  leader: [{ leaderId: 'u-leader' }, /^hazard_cases_leader$/],
  dueSoon: [{ dueWithinDays: 7 }, /^hazard_cases_(missed_deadline|due_unrecorded)$/],
  townAndState: [{ town: '水头镇', state: 'rectified' }, /^hazard_cases_town/],
  overdueInTown: [
    { overdue: true, town: '水头镇' },
    /^hazard_cases_(missed_town|town_deadline|due_unrecorded)$/,
  ],
};
const SCOPE_INDEXES = /^hazard_cases_(town|leader)/;
const FULL_SCAN = /SCAN hazard_cases( USING (COVERING )?INDEX|$| \|)/;

const indexesIn = (plan: string): string[] =>
  [...plan.matchAll(/USING (?:COVERING )?INDEX (\w+)/g)].map((m) => m[1]);

/**
 * The plans come from the statistics the schema writes, not from the data, so an empty read
 * model shows the plans a million cases get: each filter reads its own index, never the
 * whole table and never an index skipped over.
 */
describe('the query plans of the hazard list', () => {
  const dir = tempDir();
  let db: Database.Database;
  const planOf = (sql: string, params: unknown[]) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>)
      .map((row) => row.detail)
      .join(' | ');

  beforeAll(() => {
    db = openReadModelDatabase(dir.file('read-models.sqlite'));
    // As the projection does once it has caught up.
    createHazardCasesIndexes(db);
  });
  afterAll(() => {
    db.close();
    dir.remove();
  });

  const townUser: Actor = { ...actors.town, towns: ['水头镇', '官桥镇'] };
  for (const [who, actor] of [
    ['the city', actors.committee],
    ['a town user', townUser],
  ] as const) {
    for (const [name, [filter, serving]] of Object.entries(FILTERS)) {
      it(`reads the filter's own index for ${who}, filtered by ${name}, in every order`, () => {
        const arms = filterArms(actor, filter, Date.parse('2026-11-30T00:00:00Z'));
        const plans = [
          ...HAZARD_SORTS.map((sort) => {
            const { sql, params, order } = orderedPositions(arms, sort, null, 20);
            return { sort, plan: planOf(`${sql} ORDER BY ${order('')} LIMIT 20`, params) };
          }),
          ...arms
            .map(countSql)
            .map(({ sql, params }) => ({ sort: 'count', plan: planOf(sql, params) })),
        ];
        for (const { sort, plan } of plans) {
          expect({ sort, plan }).toEqual({ sort, plan: expect.not.stringMatching(FULL_SCAN) });
          expect({ sort, plan }).toEqual({ sort, plan: expect.not.stringMatching(/ANY\(/) });
          for (const index of indexesIn(plan)) {
            const allowed =
              serving.test(index) || (actor === townUser && SCOPE_INDEXES.test(index));
            expect({ sort, index, allowed }).toEqual({ sort, index, allowed: true });
          }
        }
      });
    }
  }

  it('searches the full-text index for q, alone or with the others', () => {
    for (const actor of [actors.committee, townUser]) {
      for (const filter of [{ q: '裂缝' }, { q: '裂缝', town: '水头镇' }]) {
        const arms = filterArms(actor, filter, Date.parse('2026-11-30T00:00:00Z'));
        for (const sort of HAZARD_SORTS) {
          const { sql, params, order } = orderedPositions(arms, sort, null, 20);
          const plan = planOf(`${sql} ORDER BY ${order('')} LIMIT 20`, params);
          expect(plan).toContain('hazard_case_search VIRTUAL TABLE');
          expect(plan).not.toMatch(FULL_SCAN);
        }
      }
    }
  });
});
