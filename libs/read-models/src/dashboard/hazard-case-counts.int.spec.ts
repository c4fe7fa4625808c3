import type Database from 'better-sqlite3';
import { DEFAULT_DEADLINE_POLICY, foldCase } from '@hazard/domain';
import type { HazardEvent } from '@hazard/workflows';
import { listing, PATH_TO, PLAN_DEADLINE } from '@hazard/testing/case-fixtures';
import { tempDir } from '@hazard/testing/temp-dir';
import { hazardCaseRow } from '../projection/hazard-case.row';
import { prepareWriter } from '../projection/hazard-case.writer';
import { openReadModelDatabase } from '../read-model-database';
import { searchMatch } from '../search/case-search';

const missed: HazardEvent[] = [
  ...PATH_TO['leaderAssigned.awaitingPlan'],
  { type: 'DeadlineMissed', data: { kind: 'planSubmission', deadline: PLAN_DEADLINE } },
];
const escalated: HazardEvent[] = [
  ...missed,
  {
    type: 'EscalationRaised',
    data: { kind: 'planSubmission', deadline: PLAN_DEADLINE, level: 'urgingLetter' },
  },
];
const HISTORIES = [...Object.values(PATH_TO).slice(1), missed, escalated];
const TOWNS = ['水头镇', '官桥镇', '溪美街道'];
const AUTHORITIES = ['住建局', '应急管理局'];

describe('the counters the dashboard sums, kept by the writer', () => {
  const dir = tempDir();
  let db: Database.Database;
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };

  /** Case `i` after one of the histories, in the given town and authority. */
  function rowOf(i: number, history: HazardEvent[], town: string, authority: string) {
    const events = history.map((event) =>
      event.type === 'HazardListed'
        ? {
            ...event,
            data: {
              caseId: `case-${i}`,
              listing: { ...listing, town, industryAuthority: authority, title: `隐患${i}号` },
            },
          }
        : event,
    );
    const stamp = {
      version: events.length,
      listedAt: '2026-11-30T08:00:00+08:00',
      updatedAt: '2026-11-30T09:00:00+08:00',
      listedPosition: i + 1,
      lastPosition: i + 1,
    };
    return hazardCaseRow(foldCase(events), stamp, DEFAULT_DEADLINE_POLICY)!;
  }

  beforeAll(() => {
    db = openReadModelDatabase(dir.file('read-models.sqlite'));
  });
  afterAll(() => {
    db.close();
    dir.remove();
  });

  it('match a count of the rows after cases move, change town and are written twice', () => {
    const writer = prepareWriter(db);
    const write = db.transaction((rows: ReturnType<typeof rowOf>[]) =>
      rows.forEach((row) => writer.write(row, null)),
    );
    for (let round = 0; round < 5; round += 1) {
      const rows = Array.from({ length: 60 }, (_, i) =>
        rowOf(
          i,
          HISTORIES[random(HISTORIES.length)],
          TOWNS[random(TOWNS.length)],
          AUTHORITIES[random(AUTHORITIES.length)],
        ),
      );
      // Each row twice, as a redelivered event would write it again.
      write([...rows, ...rows.slice(0, 30)]);
      const counters = db
        .prepare(
          `SELECT town, industry_authority, state, miss_recorded, escalation_level, cases
           FROM hazard_case_counts WHERE cases <> 0 ORDER BY 1, 2, 3, 4, 5`,
        )
        .all();
      const counted = db
        .prepare(
          `SELECT town, industry_authority, state, miss_recorded,
             coalesce(escalation_level, '') AS escalation_level, COUNT(*) AS cases
           FROM hazard_cases GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
        )
        .all();
      expect(counters).toEqual(counted);
      expect(counted.length).toBeGreaterThan(5);
    }
  });

  it('indexes a case’s search terms once, however often its row is written', () => {
    const found = db
      .prepare('SELECT COUNT(*) AS n FROM hazard_case_search WHERE hazard_case_search MATCH ?')
      .get(searchMatch('隐患7号')) as { n: number };
    expect(found.n).toBe(1);
  });
});
