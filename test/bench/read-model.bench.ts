import type Database from 'better-sqlite3';
import type { CaseSnapshot, HazardEvent, Priority } from '@hazard/workflows';
import { PRIORITIES } from '@hazard/workflows';
import { DEFAULT_DEADLINE_POLICY, foldCase } from '@hazard/domain';
import {
  createHazardCasesSchema,
  hazardCaseRow,
  openReadModelDatabase,
  prepareWriter,
  readModelFile,
} from '@hazard/read-models';
import type { Report } from './run';
import { createUser, startApiProcess } from './api-process';
import { httpClient } from './http-client';
import { summarise } from './load';
import { PATH_TO, PLAN_DEADLINE } from '../support/case-fixtures';
import { startRedis } from '../support/redis-server';
import { tempDir } from '../support/temp-dir';

const S = 'read-model';
const SIZES = [100_000, 1_000_000];
const REQUESTS_PER_QUERY = 200;
const TOWNS = 120;
const LEADERS = 4_000;

const missedPlan: HazardEvent[] = [
  ...PATH_TO['leaderAssigned.awaitingPlan'],
  { type: 'DeadlineMissed', data: { kind: 'planSubmission', deadline: PLAN_DEADLINE } },
  {
    type: 'EscalationRaised',
    data: { kind: 'planSubmission', deadline: PLAN_DEADLINE, level: 'urgingLetter' },
  },
];

/** A campaign's mix: most cases closed, the open ones spread over the workflow, 4% overdue. */
const MIX: Array<[weight: number, events: HazardEvent[]]> = [
  [55, PATH_TO.closed],
  [5, PATH_TO.listed],
  [6, PATH_TO['leaderAssigned.awaitingPlan']],
  [4, missedPlan],
  [5, PATH_TO['leaderAssigned.planSubmitted']],
  [6, PATH_TO.planApproved],
  [12, PATH_TO.controlsInPlace],
  [7, PATH_TO.rectified],
];
const templates: CaseSnapshot[] = MIX.flatMap(([weight, events]) =>
  Array.from({ length: weight }, () => foldCase(events)),
);

const town = (i: number) => `乡镇${String(i % TOWNS).padStart(3, '0')}`;
const leaderId = (i: number) => `leader-${i % LEADERS}`;

/** Rows built by the projection's own row function from folded snapshots, varied per case. */
function fill(db: Database.Database, from: number, to: number): void {
  const indexes = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'hazard_cases' AND sql IS NOT NULL",
    )
    .all();
  // Bulk load without the indexes, then build them once: what a restore would do.
  for (const { name } of indexes) db.exec(`DROP INDEX ${name}`);
  const writer = prepareWriter(db);
  const base = Date.parse('2024-01-01T00:00:00+08:00');
  // Derived data: a crash here only means loading again, so no fsync at all.
  db.pragma('synchronous = OFF');
  const chunk = db.transaction((start: number, end: number) => {
    for (let i = start; i < end; i += 1) {
      const template = templates[(i * 7919) % templates.length];
      const context = template.context;
      const snapshot = {
        ...template,
        context: {
          ...context,
          caseId: `case-${i}`,
          listing: context.listing && {
            ...context.listing,
            town: town(i),
            priority: PRIORITIES[i % PRIORITIES.length] as Priority,
            title: `重大隐患 ${i}`,
          },
          leader: context.leader && { id: leaderId(i), name: `领导${i % LEADERS}` },
        },
      } as CaseSnapshot;
      const listedAt = new Date(base + i * 60_000).toISOString();
      const row = hazardCaseRow(
        snapshot,
        {
          version: 7,
          listedAt,
          updatedAt: listedAt,
          listedPosition: i + 1,
          lastPosition: i + 1,
        },
        DEFAULT_DEADLINE_POLICY,
      );
      if (row) writer.write(row, null);
    }
  });
  for (let start = from; start < to; start += 50_000) chunk(start, Math.min(to, start + 50_000));
  createHazardCasesSchema(db);
  db.exec('ANALYZE');
}

export async function run(report: Report): Promise<void> {
  const dir = tempDir('hazard-bench-read-');
  const redis = await startRedis();
  try {
    let filled = 0;
    for (const size of SIZES) {
      const db = openReadModelDatabase(readModelFile(dir.path));
      const started = performance.now();
      fill(db, filled, size);
      db.close();
      report(
        S,
        `bulk load to ${size.toLocaleString('en-US')} cases`,
        (performance.now() - started) / 1000,
        's',
      );
      filled = size;
      await measure(report, size, dir.path, redis.url);
    }
  } finally {
    await redis.stop();
    dir.remove();
  }
}

async function measure(
  report: Report,
  size: number,
  dataDir: string,
  redisUrl: string,
): Promise<void> {
  const api = await startApiProcess({ dataDir, redisUrl });
  const http = httpClient(api.url, 1);
  try {
    const committee = await createUser(api, { name: '安委会', roles: ['committee'] });
    const townUser = await createUser(api, { name: '乡镇安办', roles: ['town'], towns: [town(7)] });
    const first = await http.send(
      'GET',
      `/api/hazards?town=${encodeURIComponent(town(7))}`,
      committee.auth,
    );
    const cursor = (JSON.parse(first.body) as { nextCursor: string }).nextCursor;
    const queries: Array<[string, string, string]> = [
      ['no filter (count of all)', '', committee.auth],
      ['state=controlsInPlace', 'state=controlsInPlace', committee.auth],
      ['state=leaderAssigned (sub-states)', 'state=leaderAssigned', committee.auth],
      ['town + state', `town=${encodeURIComponent(town(7))}&state=rectified`, committee.auth],
      ['priority=urgent&overdue=true', 'priority=urgent&overdue=true', committee.auth],
      ['leaderId', `leaderId=${leaderId(42)}`, committee.auth],
      ['town-scoped user, no filter', '', townUser.auth],
      [
        'town, next page by cursor',
        `town=${encodeURIComponent(town(7))}&cursor=${cursor}`,
        committee.auth,
      ],
      ['state=closed&page=50 (offset 950)', 'state=closed&page=50', committee.auth],
    ];
    for (const [label, query, auth] of queries) {
      const latencies: number[] = [];
      let total = 0;
      for (let i = 0; i < REQUESTS_PER_QUERY; i += 1) {
        const started = performance.now();
        const reply = await http.send('GET', `/api/hazards?${query}`, auth);
        latencies.push(performance.now() - started);
        if (reply.status !== 200) throw new Error(`${label}: ${reply.status} ${reply.body}`);
        total = (JSON.parse(reply.body) as { total: number }).total;
      }
      const result = summarise(latencies, 1);
      report(
        S,
        `  ${size / 1000}k: ${label} [${total.toLocaleString('en-US')}]`,
        `${result.p50.toFixed(2)} / ${result.p99.toFixed(2)}`,
        'ms p50/p99',
      );
    }
  } finally {
    http.close();
    await api.stop();
  }
}
