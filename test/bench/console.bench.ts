import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { HazardEvent } from '@hazard/workflows';
import { PRIORITIES } from '@hazard/workflows';
import { DEFAULT_DEADLINE_POLICY } from '@hazard/domain';
import { ProjectionRunner, SqliteEventStore } from '@hazard/event-store';
import { HazardCasesProjection, openReadModelDatabase, readModelFile } from '@hazard/read-models';
import { PATH_TO } from '../support/case-fixtures';
import { launchBrowser } from '../support/browser';
import { startRedis } from '../support/redis-server';
import { tempDir } from '../support/temp-dir';
import { BENCH_ADMIN_TOKEN, startApiProcess } from './api-process';
import type { ApiProcess } from './api-process';
import { writeEventsInBulk } from './bulk-events';
import type { BulkEvent } from './bulk-events';
import type { Report } from './run';

const S = 'console';
/** Built next to the compiled benchmarks: dist/console beside dist/test/bench. */
const BUILD = join(__dirname, '../../console');
const CASES = 100_000;
const ROWS = 20;
const COLD_RUNS = 3;
const WARM_RUNS = 5;
const TOWNS = ['水头镇', '官桥镇', '洪濑镇', '石井镇', '英都镇', '溪美街道', '柳城街道', '省新镇'];
const MIX = [
  PATH_TO.closed,
  PATH_TO.closed,
  PATH_TO.controlsInPlace,
  PATH_TO.planApproved,
  PATH_TO['leaderAssigned.planSubmitted'],
  PATH_TO['leaderAssigned.awaitingPlan'],
  PATH_TO.listed,
  PATH_TO.rectified,
];

const kB = (bytes: number) => bytes / 1000;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

/** What index.html makes the browser fetch before anything else: its scripts and styles. */
function initialFiles(): string[] {
  const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return [...new Set(refs)];
}

function bundle(report: Report): void {
  const gz = (file: string) => gzipSync(readFileSync(join(BUILD, file))).length;
  const initial = initialFiles();
  const initialBytes = initial.reduce((sum, file) => sum + gz(file), 0);
  report(
    S,
    `initial JavaScript + CSS, gzipped (${initial.length} files; target ≤ 500 kB)`,
    kB(initialBytes),
    'kB',
  );
  const assets = readdirSync(join(BUILD, 'assets')).filter((f) => /\.(js|css)$/.test(f));
  const sizes = assets.map((f) => ({ f, gz: gz(`/assets/${f}`) })).sort((a, b) => b.gz - a.gz);
  report(
    S,
    `all chunks, gzipped (${assets.length} files, most loaded only when used)`,
    kB(sizes.reduce((s, x) => s + x.gz, 0)),
    'kB',
  );
  const charts = sizes.find((x) => x.f.startsWith('chart-'));
  if (charts)
    report(
      S,
      'the dashboard charts (ECharts), gzipped, loaded with the dashboard',
      kB(charts.gz),
      'kB',
    );
}

/** 100,000 cases over the workflow and eight towns, written straight into the event store. */
function* cases(): Generator<BulkEvent> {
  const base = Date.parse('2025-01-01T00:00:00+08:00');
  for (let i = 0; i < CASES; i += 1) {
    const caseId = `case-${i}`;
    const occurredAt = new Date(base + i * 60_000).toISOString();
    const path = MIX[i % MIX.length];
    for (let revision = 0; revision < path.length; revision += 1) {
      let event: HazardEvent = path[revision];
      if (event.type === 'HazardListed') {
        const listing = {
          ...event.data.listing,
          title: `重大隐患 ${i}`,
          town: TOWNS[i % TOWNS.length],
          priority: PRIORITIES[i % PRIORITIES.length],
        };
        event = { type: 'HazardListed', data: { caseId, listing } };
      }
      yield { caseId, revision, event, occurredAt };
    }
  }
}

async function person(api: ApiProcess): Promise<{ login: string; password: string }> {
  const login = 'bench-clerk';
  const password = 'bench-clerk-password-0123';
  const response = await fetch(`${api.url}/api/users`, {
    method: 'POST',
    headers: { authorization: `Bearer ${BENCH_ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: '安委办', login, password, roles: ['committee'] }),
  });
  if (response.status !== 201) throw new Error(`create user: ${response.status}`);
  return { login, password };
}

async function hazardList(report: Report): Promise<void> {
  const dir = tempDir('hazard-bench-console-');
  const redis = await startRedis();
  let api: ApiProcess | undefined;
  const browser = await launchBrowser();
  try {
    const setup = performance.now();
    writeEventsInBulk(dir.file('events.sqlite'), cases());
    const store = new SqliteEventStore(dir.file('events.sqlite'));
    const db = openReadModelDatabase(readModelFile(dir.path));
    const projection = new HazardCasesProjection(db, store, DEFAULT_DEADLINE_POLICY);
    const rebuilt = await new ProjectionRunner(store, projection).rebuild();
    db.close();
    await store.close();
    report(
      S,
      `setup: ${CASES.toLocaleString('en-US')} cases, ${rebuilt.done.toLocaleString('en-US')} events, read model built`,
      (performance.now() - setup) / 1000,
      's',
    );

    api = await startApiProcess({ dataDir: dir.path, redisUrl: redis.url, runWorkers: false });
    const docs = (await (await fetch(`${api.url}/docs-json`)).json()) as { paths: object };
    if (!('/api/session' in docs.paths)) {
      report(S, 'hazard list showing 20 rows', 'waits for sign-in (POST /api/session)');
      return;
    }
    const credentials = await person(api);
    const timeToRows = async (
      fresh: boolean,
      context: Awaited<ReturnType<typeof browser.newContext>>,
    ) => {
      const page = context.pages()[0] ?? (await context.newPage());
      const started = performance.now();
      if (fresh) await page.goto(`${api!.url}/hazards`);
      else await page.reload();
      await page
        .locator('.ant-table-tbody tr.ant-table-row')
        .nth(ROWS - 1)
        .waitFor();
      return performance.now() - started;
    };
    const cold: number[] = [];
    let context;
    for (let run = 0; run < COLD_RUNS; run += 1) {
      await context?.close();
      context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      const signedIn = await context.request.post(`${api.url}/api/session`, { data: credentials });
      if (!signedIn.ok()) throw new Error(`sign in: ${signedIn.status()}`);
      cold.push(await timeToRows(true, context));
    }
    const warm: number[] = [];
    for (let run = 0; run < WARM_RUNS; run += 1) warm.push(await timeToRows(false, context!));
    await context?.close();
    report(
      S,
      `hazard list shows ${ROWS} of ${CASES.toLocaleString('en-US')} cases, empty cache (median of ${COLD_RUNS}; target ≤ 1 s)`,
      median(cold),
      'ms',
    );
    report(
      S,
      `the same, reloaded with the assets cached (median of ${WARM_RUNS})`,
      median(warm),
      'ms',
    );
  } finally {
    await browser.close();
    await api?.stop();
    await redis.stop();
    dir.remove();
  }
}

export async function run(report: Report): Promise<void> {
  bundle(report);
  await hazardList(report);
}
