import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Redis from 'ioredis';
import { eventually } from '@hazard/testing/deadline-harness';
import { freePort } from '@hazard/testing/free-port';
import { redisAnswers } from '@hazard/testing/redis-server';
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

  it('stops, at the next start, the redis-server a killed start left behind in its DATA_DIR', async () => {
    const orphanDir = tempDir('hazard-orphan-redis-');
    const redisDir = join(orphanDir.path, 'redis');
    mkdirSync(redisDir, { recursive: true });
    const port = await freePort();
    // What a SIGKILLed API leaves where setpriv is missing: its server, reparented to init.
    const pidFile = join(redisDir, 'redis-server.pid');
    const args = `--port ${port} --dir ${redisDir} --save '' --appendonly no --pidfile ${pidFile}`;
    spawn('sh', ['-c', `redis-server ${args} >/dev/null 2>&1 &`], { stdio: 'ignore' });
    await eventually(async () => {
      expect(await redisAnswers(port)).toBe(true);
      expect(existsSync(pidFile)).toBe(true);
    });
    const orphan = Number(readFileSync(pidFile, 'utf8'));
    // Gone, or a zombie that init has yet to reap.
    const alive = () => {
      try {
        return readFileSync(`/proc/${orphan}/stat`, 'utf8').split(') ')[1][0] !== 'Z';
      } catch {
        return false;
      }
    };
    const redis = await ensureRedis(`redis://127.0.0.1:${port}`, orphanDir.path);
    try {
      expect(alive()).toBe(false);
      expect(redis).not.toBeNull();
      expect(await redisAnswers(port)).toBe(true);
    } finally {
      await redis?.stop();
      if (alive()) process.kill(orphan, 'SIGKILL');
      orphanDir.remove();
    }
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
