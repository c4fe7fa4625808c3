import ExcelJS from 'exceljs';
import type Database from 'better-sqlite3';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  DEFAULT_DEADLINE_POLICY,
  DEFAULT_GENERAL_HAZARD_POLICY,
  foldGeneralHazard,
} from '@hazard/domain';
import type { Actor } from '@hazard/domain';
import type { GeneralHazardEvent, GeneralHazardSnapshot } from '@hazard/workflows';
import { SqliteCheckpointStore } from '@hazard/event-store';
import {
  campaignProjection,
  campaignTables,
} from '../../libs/campaign/src/read-model/campaign-read-model.service';
import type { Report } from './run';
import { BENCH_ADMIN_TOKEN, createUser, startApiProcess } from './api-process';
import { httpClient } from './http-client';
import { summarise } from './load';
import { startRedis } from '../support/redis-server';
import { tempDir } from '../support/temp-dir';
import { foundHazard, generalStep } from '../support/campaign-fixtures';
import {
  createGeneralHazardsSchema,
  generalHazardRow,
  prepareGeneralHazardUpsert,
} from '../../libs/campaign/src/read-model/general-hazard.row';
import seed from '../../libs/registries/src/nan-an.registries.json';

const S = 'campaign';
const IMPORT_ROWS = 10_000;
const INSPECTIONS = 100_000;
const FINDINGS_PER_INSPECTION = 8;
const LIST_SIZE = 1_000_000;
const REQUESTS_PER_QUERY = 200;
const TOWNS = seed.towns.map((t) => t.name);
const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A valid credit code per number (GB 32100-2015's check character computed). */
function creditCode(n: number): string {
  const first = `913505${String(n).padStart(11, '0')}`;
  const sum = [...first].reduce((s, c, i) => s + CHARS.indexOf(c) * WEIGHTS[i], 0);
  return `${first}${CHARS[(31 - (sum % 31)) % 31]}`;
}

async function importWorkbook(rows: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('生产经营单位');
  sheet.addRow([
    '单位名称',
    '统一社会信用代码',
    '其他标识',
    '地址',
    '所在乡镇（街道、开发区）',
    '行业主管部门',
    '单位类别',
    '专业领域',
    '风险标识',
  ]);
  for (let i = 0; i < rows; i += 1) {
    const town = TOWNS[i % TOWNS.length];
    sheet.addRow([
      `压测单位${i}`,
      creditCode(i),
      '',
      `${town}某路${i}号`,
      town,
      '工信局',
      '规模以下工业企业',
      '用电安全、消防安全',
      i % 10 === 0 ? '粉尘涉爆' : '',
    ]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function run(report: Report): Promise<void> {
  const dir = tempDir('hazard-bench-campaign-');
  const redis = await startRedis();
  try {
    await importUnits(report, dir.file('import'), redis.url);
    await recordInspections(report, dir.file('inspections'), redis.url);
    await listQueries(report, dir.file('list'), redis.url);
  } finally {
    await redis.stop();
    dir.remove();
  }
}

/** POST /api/units/imports with a 10,000-row XLSX to the real API process, polled to the end. */
async function importUnits(report: Report, dataDir: string, redisUrl: string): Promise<void> {
  const file = await importWorkbook(IMPORT_ROWS);
  report(
    S,
    `import: the XLSX of ${IMPORT_ROWS.toLocaleString('en-US')} rows`,
    file.length / 1e6,
    'MB',
  );
  const api = await startApiProcess({ dataDir, redisUrl });
  try {
    const started = performance.now();
    const response = await fetch(`${api.url}/api/units/imports?mode=rowByRow`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${BENCH_ADMIN_TOKEN}`,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      body: file,
    });
    if (response.status !== 202)
      throw new Error(`import: ${response.status} ${await response.text()}`);
    const { id } = (await response.json()) as { id: string };
    const accepted = performance.now();
    for (;;) {
      const status = (await (
        await fetch(`${api.url}/api/units/imports/${id}`, {
          headers: { authorization: `Bearer ${BENCH_ADMIN_TOKEN}` },
        })
      ).json()) as { state: string; created: number; rejected: number };
      if (status.state === 'finished') {
        if (status.created !== IMPORT_ROWS) throw new Error(`import: ${JSON.stringify(status)}`);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const seconds = (performance.now() - started) / 1000;
    report(S, 'import: upload, parse and check until 202', (accepted - started) / 1000, 's');
    report(S, 'import: 10,000 units created, end to end', seconds, 's');
    report(S, 'import: rate', IMPORT_ROWS / seconds, 'rows/s');
  } finally {
    await api.stop();
  }
}

/** The command path in-process: each inspection recorded, then its eight findings opened. */
async function recordInspections(report: Report, dataDir: string, redisUrl: string): Promise<void> {
  Object.assign(process.env, { DATA_DIR: dataDir, REDIS_URL: redisUrl });
  const { RuntimeModule } = await import('@hazard/runtime');
  const { CampaignCommandsModule, InspectionCommands, UnitCommands } =
    await import('@hazard/campaign');
  @Module({ imports: [RuntimeModule, CampaignCommandsModule] })
  class BenchModule {}
  const app = await NestFactory.createApplicationContext(BenchModule, { logger: ['error'] });
  try {
    const admin: Actor = {
      userId: 'bench',
      name: '压测',
      roles: ['admin', 'committee'],
      towns: [],
      departments: [],
    };
    const units = app.get(UnitCommands);
    const unitIds: string[] = [];
    for (let i = 0; i < 1_000; i += 1) {
      const town = TOWNS[i % TOWNS.length];
      const unit = await units.register(
        {
          name: `检查压测单位${i}`,
          creditCode: creditCode(500_000 + i),
          otherIdentifier: null,
          address: town,
          town,
          industryAuthority: '工信局',
          professionalDomains: [],
          category: '规模以下工业企业',
          riskFlags: [],
        },
        admin,
      );
      unitIds.push(unit.id);
    }
    const inspections = app.get(InspectionCommands);
    const findings = Array.from({ length: FINDINGS_PER_INSPECTION }, (_, i) => ({
      description: `压测隐患 ${i}`,
      grading: 'minor' as const,
    }));
    const result = await (async () => {
      const latencies: number[] = [];
      let next = 0;
      const started = performance.now();
      const worker = async () => {
        while (next < INSPECTIONS) {
          const i = next++;
          const t0 = performance.now();
          await inspections.record(
            {
              unitId: unitIds[i % unitIds.length],
              kind: 'self',
              inspectedOn: '2026-01-05',
              inspectors: ['安全员'],
              scope: '全厂',
              findings,
            },
            admin,
          );
          latencies.push(performance.now() - t0);
        }
      };
      await Promise.all(Array.from({ length: 64 }, worker));
      return summarise(latencies, (performance.now() - started) / 1000);
    })();
    report(
      S,
      `inspections: ${INSPECTIONS.toLocaleString('en-US')} recorded, ${(INSPECTIONS * FINDINGS_PER_INSPECTION).toLocaleString('en-US')} findings opened`,
      result.seconds,
      's',
    );
    report(
      S,
      'inspections: rate (64 at once), each with its 8 hazards',
      result.perSecond,
      'inspections/s',
    );
    report(
      S,
      'inspections: findings opened',
      result.perSecond * FINDINGS_PER_INSPECTION,
      'hazards/s',
    );
    report(
      S,
      'inspections: one inspection, recorded with its findings',
      `${result.p50.toFixed(1)} / ${result.p99.toFixed(1)}`,
      'ms p50/p99',
    );
  } finally {
    await app.close();
  }
}

/** 1,000,000 rows of the general-hazard read model, then GET /api/hazards/general over HTTP. */
async function listQueries(report: Report, dataDir: string, redisUrl: string): Promise<void> {
  const { openCampaignDatabase, campaignFile } = await import('@hazard/campaign');
  const started = performance.now();
  const db = openCampaignDatabase(campaignFile(dataDir));
  await fillGeneralHazards(db, LIST_SIZE);
  db.close();
  report(
    S,
    `list: bulk load of ${LIST_SIZE.toLocaleString('en-US')} general hazards`,
    (performance.now() - started) / 1000,
    's',
  );
  const api = await startApiProcess({ dataDir, redisUrl });
  const http = httpClient(api.url, 1);
  try {
    const committee = await createUser(api, { name: '安委会', roles: ['committee'] });
    const townUser = await createUser(api, {
      name: '水头镇安办',
      roles: ['town'],
      towns: ['水头镇'],
    });
    const town = encodeURIComponent('水头镇');
    const first = await http.send(
      'GET',
      `/api/hazards/general?town=${town}&state=closed&pageSize=50`,
      committee.auth,
    );
    const cursor = (JSON.parse(first.body) as { nextCursor: string | null }).nextCursor;
    // The rows must have survived the API's start: a replay would leave the lists empty.
    if (cursor === null)
      throw new Error(`the bulk-loaded rows are gone: ${first.body.slice(0, 200)}`);
    const queries: Array<[string, string, string]> = [
      ['no filter', '', committee.auth],
      ['town + state=rectifying', `town=${town}&state=rectifying`, committee.auth],
      ['town + state=closed', `town=${town}&state=closed`, committee.auth],
      [
        'town + state=closed, next page by cursor',
        `town=${town}&state=closed&pageSize=50&cursor=${cursor}`,
        committee.auth,
      ],
      ['state=found', 'state=found', committee.auth],
      ['overdue=true', 'overdue=true', committee.auth],
      ['town-scoped user, no filter', '', townUser.auth],
      ['source=spotCheck', 'source=spotCheck', committee.auth],
    ];
    for (const [label, query, auth] of queries) {
      const latencies: number[] = [];
      for (let i = 0; i < REQUESTS_PER_QUERY; i += 1) {
        const t0 = performance.now();
        const reply = await http.send('GET', `/api/hazards/general?${query}`, auth);
        latencies.push(performance.now() - t0);
        if (reply.status !== 200) throw new Error(`${label}: ${reply.status} ${reply.body}`);
      }
      const result = summarise(latencies, 1);
      report(
        S,
        `  1M: ${label}`,
        `${result.p50.toFixed(2)} / ${result.p99.toFixed(2)}`,
        'ms p50/p99',
      );
    }
  } finally {
    http.close();
    await api.stop();
  }
}

/** Rows made by the projection's own row function from folded snapshots, varied per hazard. */
async function fillGeneralHazards(db: Database.Database, size: number): Promise<void> {
  const { found, started, reported, verified } = generalStep;
  const paths: Array<[number, GeneralHazardEvent[]]> = [
    [90, [found, started, reported, verified]],
    [3, [found]],
    [4, [found, started]],
    [3, [found, started, reported]],
  ];
  const templates: GeneralHazardSnapshot[] = paths.flatMap(([weight, events]) =>
    Array.from({ length: weight }, () => foldGeneralHazard(events)),
  );
  const sources = ['selfInspection', 'department', 'town', 'spotCheck', 'publicReport'] as const;
  createGeneralHazardsSchema(db);
  for (const { name } of db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'general_hazards' AND sql IS NOT NULL",
    )
    .all()) {
    db.exec(`DROP INDEX ${name}`);
  }
  db.pragma('synchronous = OFF');
  const upsert = prepareGeneralHazardUpsert(db);
  const base = Date.parse('2026-01-01T00:00:00+08:00');
  const chunk = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i += 1) {
      const template = templates[(i * 7919) % templates.length];
      const town = TOWNS[i % TOWNS.length];
      const snapshot = {
        ...template,
        context: {
          ...template.context,
          hazard: {
            ...foundHazard,
            hazardId: `gh-${i}`,
            unit: { ...foundHazard.unit, unitId: `unit-${i % 11_562}`, town },
            source: sources[i % sources.length],
          },
        },
      } as GeneralHazardSnapshot;
      const at = new Date(base + i * 30_000).toISOString();
      const row = generalHazardRow(
        snapshot,
        {
          position: i + 1,
          foundAt: at,
          reportedAt: null,
          verifiedAt: null,
          verifiedBy: null,
          version: 4,
          updatedAt: at,
        },
        DEFAULT_GENERAL_HAZARD_POLICY,
      );
      if (row) upsert.run(row);
    }
  });
  for (let from = 0; from < size; from += 50_000) chunk(from, Math.min(size, from + 50_000));
  createGeneralHazardsSchema(db);
  db.exec('ANALYZE');
  // What the runner would have written had it applied these rows: the campaign projection
  // current at its version, so that the API's runner follows on instead of replaying.
  const checkpoints = new SqliteCheckpointStore(db);
  const projection = campaignProjection(
    campaignTables(db, DEFAULT_GENERAL_HAZARD_POLICY, DEFAULT_DEADLINE_POLICY),
    checkpoints,
  );
  await checkpoints.save(projection.name, { position: 0n, version: projection.version });
}
