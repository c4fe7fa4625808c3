import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../support/free-port';

export const BENCH_ADMIN_TOKEN = 'bench-admin-token-0123456789';

export interface ApiProcess {
  url: string;
  stop(): Promise<void>;
}

/**
 * The built API (dist/apps/api/src/main.js) as `npm start` runs it, in its own process on a
 * free port of 127.0.0.1, so the load generator does not share its event loop.
 */
export async function startApiProcess(env: {
  dataDir: string;
  redisUrl: string;
  /** Off: no deadline jobs for the cases a benchmark wrote (reconciling them is not measured). */
  runWorkers?: boolean;
}): Promise<ApiProcess> {
  const port = await freePort();
  // BENCH_CPU_PROF_DIR=<dir> writes the API's CPU profile there when it stops.
  const profile = process.env.BENCH_CPU_PROF_DIR;
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []),
      join(__dirname, '../../apps/api/src/main.js'),
    ],
    {
      env: {
        ...process.env,
        DATA_DIR: env.dataDir,
        REDIS_URL: env.redisUrl,
        HOST: '127.0.0.1',
        PORT: String(port),
        ADMIN_TOKEN: BENCH_ADMIN_TOKEN,
        ...(env.runWorkers === undefined ? {} : { RUN_WORKERS: String(env.runWorkers) }),
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const up = await fetch(`${url}/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (up) {
      return {
        url,
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the API did not become healthy within 60 s');
}

/** POST /api/users as the bootstrap admin; returns the `Authorization` header and user id. */
export async function createUser(
  api: ApiProcess,
  user: { name: string; roles: string[]; towns?: string[] },
): Promise<{ id: string; auth: string }> {
  const response = await fetch(`${api.url}/api/users`, {
    method: 'POST',
    headers: { authorization: `Bearer ${BENCH_ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ towns: [], departments: [], ...user }),
  });
  if (response.status !== 201)
    throw new Error(`create user: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { id: string; token: string };
  return { id: body.id, auth: `Bearer ${body.token}` };
}
