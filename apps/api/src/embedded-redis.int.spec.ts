import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Redis from 'ioredis';
import { freePort } from '@hazard/testing/free-port';
import { tempDir } from '@hazard/testing/temp-dir';
import { ensureRedis, RedisUnavailableError } from './embedded-redis';

describe('the embedded Redis of npm start', () => {
  const dir = tempDir('hazard-embedded-redis-');
  afterAll(() => dir.remove());

  it('starts redis-server with an append-only file under DATA_DIR when nothing answers', async () => {
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    const redis = await ensureRedis(url, dir.path);
    expect(redis).not.toBeNull();
    const client = new Redis(url);
    try {
      await client.set('embedded', '是');
      expect(await client.get('embedded')).toBe('是');
      expect(await client.config('GET', 'appendonly')).toEqual(['appendonly', 'yes']);
    } finally {
      client.disconnect();
    }
    expect(existsSync(join(dir.path, 'redis', 'redis.log'))).toBe(true);
    expect(await ensureRedis(url, dir.path)).toBeNull();
    await redis!.stop();
  });

  it('says in one line what to do when none answers and none can be started', async () => {
    const path = process.env.PATH;
    process.env.PATH = dir.path;
    try {
      const url = `redis://127.0.0.1:${await freePort()}`;
      const refused = ensureRedis(url, dir.path);
      await expect(refused).rejects.toBeInstanceOf(RedisUnavailableError);
      await expect(refused).rejects.toThrow(
        /^Redis does not answer at .*install redis-server.*REDIS_URL[^\n]*$/,
      );
    } finally {
      process.env.PATH = path;
    }
  });
});
