import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { join } from 'node:path';
import { runApiToEnd, startApiProcess } from '../support/app-process';
import type { ApiProcess } from '../support/app-process';
import { freePort } from '../support/free-port';
import { startRedis } from '../support/redis-server';
import type { TestRedis } from '../support/redis-server';
import { tempDir } from '../support/temp-dir';
import type { TempDir } from '../support/temp-dir';

describe('the first start', () => {
  const dirs: TempDir[] = [];
  let busy: Server | undefined;
  let api: ApiProcess | undefined;
  let redis: TestRedis | undefined;
  afterAll(async () => {
    await api?.stop();
    await redis?.stop();
    await new Promise((done) => (busy ? busy.close(done) : done(undefined)));
    dirs.forEach((dir) => dir.remove());
  });

  it('reports a busy port in one line, before starting Redis or anything else', async () => {
    busy = createServer();
    const port = await new Promise<number>((resolve) =>
      busy!.listen(0, '127.0.0.1', () => resolve((busy!.address() as { port: number }).port)),
    );
    const dataDir = tempDir('hazard-busy-port-');
    dirs.push(dataDir);
    // Nothing answers at this Redis URL: an app that got that far would start redis-server.
    const redisUrl = `redis://127.0.0.1:${await freePort()}`;
    const { code, output } = await runApiToEnd({
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir.path,
      REDIS_URL: redisUrl,
    });
    expect(code).toBe(1);
    expect(output.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^Port ${port} on 127\\.0\\.0\\.1 is already in use`)),
    ]);
    expect(existsSync(join(dataDir.path, 'redis'))).toBe(false);
  }, 120_000);

  it('with no user, says how to get in: the console, --demo, create-user, ADMIN_TOKEN', async () => {
    const dataDir = tempDir('hazard-first-start-');
    dirs.push(dataDir);
    redis = await startRedis();
    api = await startApiProcess({ DATA_DIR: dataDir.path, REDIS_URL: redis.url });
    const output = api.output();
    expect(output).toContain(`No user yet. To get into the console at ${api.url}/`);
    expect(output).toContain('npm start -- --demo');
    expect(output).toContain('npm run cli -- create-user');
    expect(output).toContain('ADMIN_TOKEN=');
  }, 120_000);
});
