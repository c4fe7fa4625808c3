import { spawn } from 'node:child_process';
import request from 'supertest';
import { eventually } from './deadline-harness';
import { freePort } from './free-port';

const ROOT = `${__dirname}/../..`;
/** Output kept per process: enough to see why it failed, bounded for a long run. */
const KEPT_OUTPUT = 200_000;

export interface AppProcess {
  /** What it printed, stdout and stderr interleaved (the last KEPT_OUTPUT characters). */
  output(): string;
  /** SIGTERM: a graceful stop; resolves with how it ended. */
  stop(): Promise<NodeJS.Signals | number | null>;
  /** SIGKILL: the process ends at once, mid-work. */
  kill(): Promise<NodeJS.Signals | number | null>;
}

export interface ApiProcess extends AppProcess {
  url: string;
  http(): ReturnType<typeof request>;
}

/**
 * An app's main.ts (`apps/api` or `apps/worker`) as an operator starts it, in a real process
 * of its own, from its TypeScript sources (test/support/ts-require-hook.cjs). Resolves once it
 * says it is up; rejects with its output if it ends first or stays silent for `timeoutMs`.
 */
async function startApp(
  app: 'api' | 'worker',
  env: NodeJS.ProcessEnv,
  ready: RegExp,
  timeoutMs: number,
): Promise<AppProcess> {
  const child = spawn(
    process.execPath,
    ['-r', './test/support/ts-require-hook.cjs', `apps/${app}/src/main.ts`],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-KEPT_OUTPUT));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let ended: NodeJS.Signals | number | null | undefined;
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve((ended = signal ?? code))),
  );
  const end = async (signal: NodeJS.Signals) => {
    if (ended === undefined) child.kill(signal);
    return exited;
  };
  try {
    await eventually(() => {
      if (ended !== undefined) throw new Error(`apps/${app} ended (${ended}):\n${output}`);
      if (!ready.test(output)) throw new Error(`apps/${app} is not up yet:\n${output}`);
    }, timeoutMs);
  } catch (error) {
    await end('SIGKILL');
    throw error;
  }
  return { output: () => output, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}

/**
 * apps/api as `npm start` runs it, from `cwd` (the repository by default, where it would read
 * a `.env`), to its end: for a start that must fail. Its exit code and what it printed.
 */
export function runApiToEnd(
  env: NodeJS.ProcessEnv,
  cwd = ROOT,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(
    process.execPath,
    ['-r', `${ROOT}/test/support/ts-require-hook.cjs`, `${ROOT}/apps/api/src/main.ts`],
    { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

/** apps/api on a free port of 127.0.0.1; up once it listens. */
export async function startApiProcess(
  env: NodeJS.ProcessEnv,
  timeoutMs = 120_000,
): Promise<ApiProcess> {
  const port = await freePort();
  const app = await startApp(
    'api',
    { ...env, HOST: '127.0.0.1', PORT: String(port) },
    /Console on http:/,
    timeoutMs,
  );
  const url = `http://127.0.0.1:${port}`;
  return { ...app, url, http: () => request(url) };
}

/** apps/worker; up once its processors run. */
export function startWorkerProcess(
  env: NodeJS.ProcessEnv,
  timeoutMs = 120_000,
): Promise<AppProcess> {
  return startApp('worker', env, /processors running/, timeoutMs);
}
