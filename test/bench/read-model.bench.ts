import type Database from 'better-sqlite3';
import type { CaseSnapshot, HazardEvent, Priority } from '@hazard/workflows';
import { PRIORITIES } from '@hazard/workflows';
import { DAY_MS, DEFAULT_DEADLINE_POLICY, foldCase } from '@hazard/domain';
import type { EventStore } from '@hazard/event-store';
import {
  createHazardCasesSchema,
  hazardCaseRow,
  HazardCasesProjection,
  openReadModelDatabase,
  prepareWriter,
  readModelFile,
} from '@hazard/read-models';
import type { Report } from './run';
import seed from '../../libs/registries/src/nan-an.registries.json';
import { createUser, startApiProcess } from './api-process';
import { httpClient } from './http-client';
import type { HttpClient } from './http-client';
import { summarise } from './load';
import { PATH_TO, PLAN_DEADLINE } from '../support/case-fixtures';
import { startRedis } from '../support/redis-server';
import { tempDir } from '../support/temp-dir';

const S = 'read-model';
const SIZES = [100_000, 1_000_000];
const REQUESTS_PER_QUERY = 200;
const LEADERS = 4_000;
const AUTHORITIES = [
  '住建局',
  '应急管理局',
  '市场监管局',
  '消防救援大队',
  '交通运输局',
  '自然资源局',
  '水利局',
  '教育局',
  '卫健局',
  '商务局',
  '文旅局',
  '工信局',
];
/** Two-character words of hazard titles and unit names, as the seed's lists have them. */
const WORDS = (
  '厂房 承重 墙体 开裂 裂缝 消防 通道 堵塞 燃气 管道 泄漏 电气 线路 老化 危化 仓库 储罐 防雷 ' +
  '设施 失效 边坡 滑坡 脚手 架体 特种 设备 锅炉 电梯 检验 超期 石材 加工 车间 粉尘 涉爆 有限 ' +
  '空间 作业 违规 自建 房屋 结构 安全 鉴定 危房 出租 人员 密集 场所 疏散 标志 缺失 应急 照明'
).split(' ');
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁'.split(
  '',
);
/** Listings one a minute, the last of a million just before the bench runs' time. */
const LISTED_FROM = Date.parse('2026-12-01T00:00:00+08:00') - 1_000_000 * 60_000;

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

/** Nan'an's 28 towns: a town user must name one of the registry's. */
const TOWNS = seed.towns.map((t) => t.name);
const town = (i: number) => TOWNS[i % TOWNS.length];
const leaderId = (i: number) => `leader-${i % LEADERS}`;
const authority = (i: number) => AUTHORITIES[i % AUTHORITIES.length];
const hash = (i: number) => Math.imul(i, 2654435761) >>> 0;
const word = (i: number, shift: number) => WORDS[(hash(i) >>> shift) % WORDS.length];
const title = (i: number) => `${town(i)}${word(i, 0)}${word(i, 7)}${word(i, 14)}`;
const unitName = (i: number) =>
  `南安市${SURNAMES[hash(i) % SURNAMES.length]}${SURNAMES[(hash(i) >>> 9) % SURNAMES.length]}${word(i, 3)}有限公司`;
const noticeNumber = (i: number) => `南安安委督〔${2024 + (i % 3)}〕${i}号`;

/** The fixtures' deadlines moved by up to half a year, so that they spread over the calendar. */
const later = (at: string, i: number): string =>
  new Date(Date.parse(at) + ((hash(i) >>> 4) % 180) * DAY_MS).toISOString();
const spreadDeadlines = (deadlines: Record<string, string>, i: number) =>
  Object.fromEntries(Object.entries(deadlines).map(([kind, at]) => [kind, later(at, i)]));
const spreadMisses = (missed: Record<string, { deadline: string }>, i: number) =>
  Object.fromEntries(
    Object.entries(missed).map(([kind, miss]) => [
      kind,
      { ...miss, deadline: later(miss.deadline, i) },
    ]),
  );

/** Rows built by the projection's own row function from folded snapshots, varied per case. */
async function fill(db: Database.Database, from: number, to: number): Promise<void> {
  const indexes = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'hazard_cases' AND sql IS NOT NULL",
    )
    .all();
  // Bulk load without the indexes, then build them once: what a restore would do.
  for (const { name } of indexes) db.exec(`DROP INDEX ${name}`);
  const writer = prepareWriter(db);
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
            industryAuthority: authority(i),
            priority: PRIORITIES[i % PRIORITIES.length] as Priority,
            title: title(i),
            unitName: unitName(i),
            noticeNumber: noticeNumber(i),
          },
          leader: context.leader && { id: leaderId(i), name: `领导${i % LEADERS}` },
          deadlines: spreadDeadlines(context.deadlines, i),
          missed: spreadMisses(context.missed, i),
        },
      } as CaseSnapshot;
      const listedAt = new Date(LISTED_FROM + i * 60_000).toISOString();
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
  // No ANALYZE: it would replace the planner statistics the schema writes, and the plans
  // measured would not be the ones the API runs.
  createHazardCasesSchema(db);
  // The rows stand for `to` events already projected: without the projection's checkpoint,
  // the API would take the table for one of another version and empty it.
  const projection = new HazardCasesProjection(db, {} as EventStore, DEFAULT_DEADLINE_POLICY);
  await projection.checkpoints.save(projection.name, {
    position: BigInt(to),
    version: projection.version,
  });
}

export async function run(report: Report): Promise<void> {
  const dir = tempDir('hazard-bench-read-');
  const redis = await startRedis();
  try {
    let filled = 0;
    for (const size of SIZES) {
      const db = openReadModelDatabase(readModelFile(dir.path));
      const started = performance.now();
      await fill(db, filled, size);
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

const enc = encodeURIComponent;

/** p50/p99 of `REQUESTS_PER_QUERY` sequential requests, and what the last one answered. */
async function latencies(
  http: HttpClient,
  path: string,
  auth: string,
): Promise<{ p50: number; p99: number; body: string }> {
  const times: number[] = [];
  let body = '';
  for (let i = 0; i < REQUESTS_PER_QUERY; i += 1) {
    const started = performance.now();
    const reply = await http.send('GET', path, auth);
    times.push(performance.now() - started);
    if (reply.status !== 200) throw new Error(`${path}: ${reply.status} ${reply.body}`);
    body = reply.body;
  }
  const { p50, p99 } = summarise(times, 1);
  return { p50, p99, body };
}

const nextCursorOf = async (http: HttpClient, path: string, auth: string): Promise<string> =>
  (JSON.parse((await http.send('GET', path, auth)).body) as { nextCursor: string }).nextCursor;

async function measure(
  report: Report,
  size: number,
  dataDir: string,
  redisUrl: string,
): Promise<void> {
  const api = await startApiProcess({ dataDir, redisUrl });
  const http = httpClient(api.url, 1);
  const k = `${size / 1000}k`;
  try {
    const committee = await createUser(api, { name: '安委会', roles: ['committee'] });
    const townUser = await createUser(api, { name: '乡镇安办', roles: ['town'], towns: [town(7)] });
    const inTown = `town=${enc(town(7))}`;
    const cursor = await nextCursorOf(http, `/api/hazards?${inTown}`, committee.auth);
    const byDeadline = await nextCursorOf(http, '/api/hazards?sort=deadline', committee.auth);
    const someone = size - 12_345;
    const queries: Array<[string, string, string]> = [
      ['no filter (count of all)', '', committee.auth],
      ['state=controlsInPlace', 'state=controlsInPlace', committee.auth],
      ['state=leaderAssigned (sub-states)', 'state=leaderAssigned', committee.auth],
      ['town + state', `${inTown}&state=rectified`, committee.auth],
      ['priority=urgent&overdue=true', 'priority=urgent&overdue=true', committee.auth],
      ['leaderId', `leaderId=${leaderId(42)}`, committee.auth],
      ['town-scoped user, no filter', '', townUser.auth],
      ['town, next page by cursor', `${inTown}&cursor=${cursor}`, committee.auth],
      ['state=closed&page=50 (offset 950)', 'state=closed&page=50', committee.auth],
      ['industryAuthority', `industryAuthority=${enc(authority(3))}`, committee.auth],
      ['dueWithinDays=7', 'dueWithinDays=7', committee.auth],
      ['sort=deadline', 'sort=deadline', committee.auth],
      ['sort=deadline, next page by cursor', `sort=deadline&cursor=${byDeadline}`, committee.auth],
      [
        'sort=-deadline&state=controlsInPlace',
        'sort=-deadline&state=controlsInPlace',
        committee.auth,
      ],
      ['sort=deadline + town', `sort=deadline&${inTown}`, committee.auth],
      ['overdue=true&sort=deadline', 'overdue=true&sort=deadline', committee.auth],
      ['q: a common word (裂缝)', `q=${enc('裂缝')}`, committee.auth],
      ['q: part of a unit name', `q=${enc(unitName(someone).slice(3, 8))}`, committee.auth],
      ['q: a notice number', `q=${enc(noticeNumber(someone).slice(5))}`, committee.auth],
      [
        'q: town and word, sort=deadline',
        `q=${enc(title(7).slice(0, 7))}&sort=deadline`,
        committee.auth,
      ],
    ];
    for (const [label, query, auth] of queries) {
      const { p50, p99, body } = await latencies(http, `/api/hazards?${query}`, auth);
      const total = (JSON.parse(body) as { total: number }).total;
      report(
        S,
        `  ${k}: ${label} [${total.toLocaleString('en-US')}]`,
        `${p50.toFixed(2)} / ${p99.toFixed(2)}`,
        'ms p50/p99',
      );
    }
    for (const [label, auth] of [
      ['committee', committee.auth],
      ['town user', townUser.auth],
    ]) {
      const { p50, p99 } = await latencies(http, '/api/dashboard', auth);
      report(
        S,
        `  ${k}: dashboard, ${label}`,
        `${p50.toFixed(2)} / ${p99.toFixed(2)}`,
        'ms p50/p99',
      );
    }
    for (const format of ['csv', 'xlsx']) {
      const started = performance.now();
      const reply = await http.send(
        'GET',
        `/api/hazards/export?format=${format}&${inTown}`,
        committee.auth,
      );
      const seconds = (performance.now() - started) / 1000;
      if (reply.status !== 200) throw new Error(`export: ${reply.status} ${reply.body}`);
      const rows = (await http.send('GET', `/api/hazards?${inTown}&pageSize=1`, committee.auth))
        .body;
      const count = (JSON.parse(rows) as { total: number }).total;
      report(
        S,
        `  ${k}: export of one town, ${format} [${count.toLocaleString('en-US')} rows]`,
        Math.round(count / seconds),
        'rows/s',
      );
    }
  } finally {
    http.close();
    await api.stop();
  }
}
