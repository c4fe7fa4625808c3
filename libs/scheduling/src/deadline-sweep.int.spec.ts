import { ManualClock } from '@hazard/domain';
import { NOW } from '@hazard/testing/case-fixtures';
import { commands, eventually, startDeadlineHarness } from '@hazard/testing/deadline-harness';
import type { DeadlineHarness } from '@hazard/testing/deadline-harness';
import { startRedis } from '@hazard/testing/redis-server';
import type { TestRedis } from '@hazard/testing/redis-server';
import { tempDir } from '@hazard/testing/temp-dir';

describe('the periodic deadline sweep', () => {
  const dataDir = tempDir('hazard-sweep-');
  let redisServer: TestRedis;
  let h: DeadlineHarness;

  beforeAll(async () => {
    redisServer = await startRedis();
    // A sweep every second, so that the test sees one soon.
    h = await startDeadlineHarness(redisServer, dataDir, new ManualClock(NOW), {
      DEADLINE_SWEEP_INTERVAL: '1',
    });
  });
  afterAll(async () => {
    await h.stop();
    await redisServer.stop();
    dataDir.remove();
  });

  it('puts back a job lost while the install marker stayed, which no detector can see', async () => {
    await h.run('c-swept', commands.list('c-swept'));
    await h.run('c-swept', commands.assign());
    await eventually(async () => expect(await h.jobsOf('c-swept')).toHaveLength(1));
    const [job] = await h.jobsOf('c-swept');
    const redis = await h.redis();
    const marker = (await redis.keys('*:install'))[0];
    expect(marker).toBeDefined();
    // A partial loss (a failover to a replica that lags): the job goes, the marker stays.
    expect(await h.queue.remove('c_c-swept')).toBe(1);
    expect(await h.jobsOf('c-swept')).toEqual([]);
    expect(await redis.exists(marker)).toBe(1);
    await eventually(async () => expect(await h.jobsOf('c-swept')).toEqual([job]));
  });
});
