import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

export interface TestRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const ping = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => socket.write('PING\r\n'));
    socket.setTimeout(500);
    socket.on('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.on('error', () => resolve(false));
    socket.on('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });

/** Whether a Redis answers PING on this port of 127.0.0.1. */
export const redisAnswers = ping;

/**
 * A real, private redis-server on a free port for one test file: tests never share the
 * machine's Redis. Needs `redis-server` on the PATH (.ci/run installs it). Given a port (of
 * one stopped before), a new and empty one there: Redis restarted without its data.
 */
export async function startRedis(onPort?: number): Promise<TestRedis> {
  const port = onPort ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'hazard-redis-'));
  const child: ChildProcess = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
    ],
    { stdio: 'ignore' },
  );
  let exited = false;
  child.on('exit', () => (exited = true));
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await ping(port)) {
      return {
        url: `redis://127.0.0.1:${port}`,
        port,
        stop: async () => {
          if (!exited) {
            const gone = new Promise((resolve) => child.once('exit', resolve));
            child.kill('SIGTERM');
            await gone;
          }
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    if (exited) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  throw new Error('redis-server did not start; is it installed (apt-get install -y redis-server)?');
}
