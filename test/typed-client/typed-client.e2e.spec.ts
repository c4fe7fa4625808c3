import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { OpenAPI3 } from 'openapi-typescript';
import { startApiProcess } from '../support/app-process';
import type { ApiProcess } from '../support/app-process';
import { startRedis } from '../support/redis-server';
import type { TestRedis } from '../support/redis-server';
import { tempDir } from '../support/temp-dir';
import type { TempDir } from '../support/temp-dir';

const run = promisify(execFile);
const HERE = __dirname;
const GENERATED = join(HERE, 'generated');
const TSC = join(HERE, '../../node_modules/typescript/bin/tsc');
const OPENAPI_TYPESCRIPT = join(HERE, '../../node_modules/openapi-typescript/bin/cli.js');
const ADMIN_TOKEN = 'typed-client-admin-token-0123456789';

/** The types openapi-typescript (its CLI, as CI would run it) makes of a document. */
async function generate(document: OpenAPI3): Promise<void> {
  mkdirSync(GENERATED, { recursive: true });
  const source = join(GENERATED, 'openapi.json');
  writeFileSync(source, JSON.stringify(document));
  await run(process.execPath, [OPENAPI_TYPESCRIPT, source, '-o', join(GENERATED, 'schema.ts')]);
}

/** `tsc -p` (strict) over program.ts: its output when it fails, else ''. */
async function compile(): Promise<string> {
  try {
    await run(process.execPath, [TSC, '-p', join(HERE, 'tsconfig.json')]);
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describe('a typed client generated from the live /docs-json', () => {
  let redis: TestRedis;
  let dataDir: TempDir;
  let api: ApiProcess;
  let document: OpenAPI3;

  beforeAll(async () => {
    redis = await startRedis();
    dataDir = tempDir('hazard-typed-client-');
    api = await startApiProcess({ DATA_DIR: dataDir.path, REDIS_URL: redis.url, ADMIN_TOKEN });
    document = (await api.http().get('/docs-json').expect(200)).body as OpenAPI3;
  }, 180_000);
  afterAll(async () => {
    await api?.stop();
    await redis?.stop();
    dataDir?.remove();
    rmSync(GENERATED, { recursive: true, force: true });
  });

  it('does not compile when the list has no response schema', async () => {
    const blind = structuredClone(document);
    const list = blind.paths?.['/api/hazards'] as { get: { responses: Record<string, object> } };
    list.get.responses['200'] = { description: 'no schema' };
    await generate(blind);
    expect(await compile()).toMatch(/program\.ts\(\d+,\d+\): error TS/);
  }, 120_000);

  it('compiles (strict) and lists, commands and reads a case against the app over HTTP', async () => {
    await generate(document);
    expect(await compile()).toBe('');
    const { stdout } = await run(process.execPath, [join(GENERATED, 'out/program.js')], {
      env: { ...process.env, API_URL: api.url, ADMIN_TOKEN },
    });
    expect(JSON.parse(stdout)).toEqual({
      listed: 'listed',
      assigned: { state: 'leaderAssigned.awaitingPlan', version: 2 },
      stale: { status: 412, problem: '/problems/version-mismatch' },
      total: 1,
      item: { state: 'leaderAssigned.awaitingPlan', leader: '挂牌领导 陈建国' },
      detail: { state: 'leaderAssigned.awaitingPlan', allowedActions: expect.any(Array) },
      // …and the reminders the workers may already have sent.
      history: expect.arrayContaining(['HazardListed', 'LeaderAssigned']),
    });
  }, 120_000);
});
