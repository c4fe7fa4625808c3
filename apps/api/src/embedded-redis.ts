import { spawn } from 'node:child_process';
import {
  accessSync,
  constants as fs,
  mkdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
} from 'node:fs';
import { connect } from 'node:net';
import { constants as os } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
const START_TIMEOUT_MS = 10_000;

/** A redis-server this process started; it stops by itself when the process exits. */
export interface EmbeddedRedis {
  port: number;
  dir: string;
  stop(): Promise<void>;
}

/** Redis is missing and cannot be started here: main.ts prints this one line and exits. */
export class RedisUnavailableError extends Error {}

const ORPHAN_STOP_MS = 5_000;

/**
 * The redis-server whose pid the file holds, if it still runs with `dir` as its data dir and
 * was not started by this process.
 */
function runningServer(pidFile: string, dir: string): number | null {
  try {
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    // Redis rewrites its command line, but it works in its --dir.
    const name = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    if (!name.startsWith('redis-server') || readlinkSync(`/proc/${pid}/cwd`) !== dir) return null;
    // The one this process started is no orphan: the 4th field of /proc/<pid>/stat is its parent.
    const parent = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
    return parent === process.pid ? null : pid;
  } catch {
    return null;
  }
}

/** Still running: not gone, nor a zombie its new parent has yet to reap. */
const alive = (pid: number): boolean => {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1][0] !== 'Z';
  } catch {
    return false;
  }
};

/**
 * A redis-server of this DATA_DIR left over by an API that was killed before it could stop it
 * (on a system without `setpriv`): stopped, so that it never holds the port. Its data is in the
 * append-only file, which the new one loads.
 */
async function stopOrphan(pidFile: string, dir: string): Promise<void> {
  const pid = runningServer(pidFile, dir);
  if (pid !== null) {
    new Logger('EmbeddedRedis').warn(`stopping the redis-server left running (pid ${pid})`);
    process.kill(pid, 'SIGTERM');
    const until = Date.now() + ORPHAN_STOP_MS;
    while (alive(pid) && Date.now() < until) await new Promise((wait) => setTimeout(wait, 50));
    if (alive(pid)) process.kill(pid, 'SIGKILL');
  }
  rmSync(pidFile, { force: true });
}

/** A Redis answers PING at host:port (+PONG, or an error such as NOAUTH: either way, Redis). */
const answers = (host: string, port: number): Promise<boolean> =>
  new Promise((done) => {
    const socket = connect({ host: host.replace(/^\[|\]$/g, ''), port });
    const settle = (answered: boolean) => {
      socket.destroy();
      done(answered);
    };
    socket.setTimeout(1000);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (reply) => settle(/^[+-]/.test(reply.toString())));
    socket.once('error', () => settle(false));
    socket.once('timeout', () => settle(false));
  });

const onPath = (program: string): string | null => {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    try {
      accessSync(join(dir, program), fs.X_OK);
      return join(dir, program);
    } catch {
      // not in this directory
    }
  }
  return null;
};

/**
 * Embedded mode (docs/architecture.md §8): when nothing answers at REDIS_URL, it points to this machine
 * and redis-server is installed, start one with an append-only file under `${DATA_DIR}/redis`.
 * It runs in its own process group, so a Ctrl-C reaches the API first; the API closes its
 * queues, and Redis is stopped as the process exits. Killed with SIGKILL, the API cannot stop
 * it: `setpriv --pdeathsig TERM` has the kernel stop it with its parent, and where there is no
 * setpriv, the next start finds it by its pid file under `${DATA_DIR}/redis` and stops it.
 */
export async function ensureRedis(
  redisUrl: string,
  dataDir: string,
): Promise<EmbeddedRedis | null> {
  const url = new URL(redisUrl);
  // A TLS endpoint is never one we would start; the app's own connection reports it.
  if (url.protocol === 'rediss:') return null;
  const host = url.hostname || '127.0.0.1';
  const port = url.port ? Number(url.port) : 6379;
  const dir = resolve(dataDir, 'redis');
  const pidFile = join(dir, 'redis-server.pid');
  if (LOCAL_HOSTS.has(host)) await stopOrphan(pidFile, dir);
  if (await answers(host, port)) return null;
  const hint =
    'install redis-server (apt-get install -y redis-server) or set REDIS_URL to a running Redis';
  if (!LOCAL_HOSTS.has(host)) {
    throw new RedisUnavailableError(
      `Redis does not answer at ${redisUrl}: start it there, or ${hint}`,
    );
  }
  const program = onPath('redis-server');
  if (!program) throw new RedisUnavailableError(`Redis does not answer at ${redisUrl}: ${hint}`);

  mkdirSync(dir, { recursive: true });
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir];
  args.push('--appendonly', 'yes', '--logfile', join(dir, 'redis.log'), '--pidfile', pidFile);
  if (url.password) args.push('--requirepass', decodeURIComponent(url.password));
  const setpriv = onPath('setpriv');
  const child = setpriv
    ? spawn(setpriv, ['--pdeathsig', 'TERM', program, ...args], { detached: true, stdio: 'ignore' })
    : spawn(program, args, { detached: true, stdio: 'ignore' });
  child.unref();
  let exited = false;
  const gone = new Promise<void>((done) => child.once('exit', done)).then(() => {
    exited = true;
  });

  const kill = () => {
    if (!exited) child.kill('SIGTERM');
  };
  // Nest's shutdown hook handles the first signal and raises it again once the app is closed;
  // whoever is then the last listener ends the process, which stops Redis.
  const onSignal = (signal: 'SIGINT' | 'SIGTERM') => {
    if (process.listenerCount(signal) === 1) process.exit(128 + os.signals[signal]);
  };
  process.once('exit', kill);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const handle: EmbeddedRedis = {
    port,
    dir,
    async stop() {
      process.off('exit', kill);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      kill();
      await gone;
    },
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!exited && Date.now() < deadline) {
    if (await answers('127.0.0.1', port)) {
      new Logger('EmbeddedRedis').log(`started redis-server on port ${port}, data in ${dir}`);
      return handle;
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  await handle.stop();
  throw new RedisUnavailableError(
    `redis-server did not start on port ${port} (see ${join(dir, 'redis.log')}); ${hint}`,
  );
}
