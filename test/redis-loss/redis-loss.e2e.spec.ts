import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { redisOptionsFromUrl } from '@hazard/queue';
import { WEEKLY_DIGEST_QUEUE, WEEKLY_DIGEST_SCHEDULER_ID } from '@hazard/reporting';
import { startApiProcess } from '../support/app-process';
import { eventually } from '../support/deadline-harness';
import { freePort } from '../support/free-port';
import { ADMIN, startInstall } from '../support/install-process';
import type { Install } from '../support/install-process';
import { redisAnswers, startRedis } from '../support/redis-server';
import type { TestRedis } from '../support/redis-server';
import { tempDir } from '../support/temp-dir';

/** Bounds for a shared two-core machine; every wait polls and ends as soon as it holds. */
const FIRED = 60_000;
const count = (types: string[], type: string) => types.filter((t) => t === type).length;

/** The events each case must have once its plan deadline passed: each exactly once. */
const FIRED_ONCE = { ReminderSent: 2, DeadlineMissed: 1, EscalationRaised: 1 };

async function firedCounts(install: Install, caseIds: string[]) {
  return Promise.all(
    caseIds.map(async (caseId) => {
      const types = await install.types(caseId);
      return Object.fromEntries(Object.keys(FIRED_ONCE).map((type) => [type, count(types, type)]));
    }),
  );
}

/** Every case has had its two reminders, its miss and its urging letter, each exactly once. */
async function everyDeadlineFiredOnce(install: Install, caseIds: string[]): Promise<void> {
  const expected = caseIds.map(() => FIRED_ONCE);
  await eventually(
    async () => expect(await firedCounts(install, caseIds)).toEqual(expected),
    FIRED,
  );
  // Nothing fires a second time later: a rebuild must not bring back what already fired.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  expect(await firedCounts(install, caseIds)).toEqual(expected);
}

const digestScheduled = async (redisUrl: string, prefix: string): Promise<boolean> => {
  const queue = new Queue(WEEKLY_DIGEST_QUEUE, {
    connection: redisOptionsFromUrl(redisUrl),
    prefix,
  });
  try {
    return (await queue.getJobScheduler(WEEKLY_DIGEST_SCHEDULER_ID)) !== undefined;
  } finally {
    await queue.close();
  }
};

describe('a running install whose Redis loses everything', () => {
  let redis: TestRedis;
  let client: Redis;
  let install: Install;

  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.url);
    // The sweep is an hour away: what rebuilds here is the detector.
    install = await startInstall({ REDIS_URL: redis.url, DEADLINE_SWEEP_INTERVAL: '3600' });
  }, 180_000);
  afterAll(async () => {
    await install?.stop();
    client?.disconnect();
    await redis?.stop();
  });

  it('says at start-up which Redis it uses, who started it, and its own key prefix', () => {
    expect(install.api.output()).toMatch(
      new RegExp(
        `Redis ${redis.url} \\(not started by npm start\\), key prefix "hz:[0-9a-f]{12}", install [0-9a-f]{12}`,
      ),
    );
    expect(install.prefix).toMatch(/^hz:[0-9a-f]{12}$/);
  });

  it('fires every pending deadline exactly once after FLUSHALL, and has its digest schedule back', async () => {
    const caseIds = await Promise.all([1, 2, 3, 4, 5].map(() => install.openCase()));
    await eventually(async () =>
      expect(await client.keys(`${install.prefix}:deadlines:c_*`)).toHaveLength(5),
    );
    expect(await digestScheduled(redis.url, install.prefix)).toBe(true);

    await client.flushall();
    expect(await client.dbsize()).toBe(0);

    await everyDeadlineFiredOnce(install, caseIds);
    expect(await digestScheduled(redis.url, install.prefix)).toBe(true);
  }, 120_000);

  it('says on /health that Redis is being rebuilt, degraded but not down, and why', async () => {
    const health = () => install.api.http().get('/health').set('Authorization', ADMIN);
    await eventually(async () => expect((await health()).body.status).toBe('ok'));
    await client.set(`${install.prefix}:restoring`, 'Redis lost this install’s data', 'PX', 5000);
    const degraded = await health().expect(200);
    expect(degraded.body.status).toBe('degraded');
    expect(degraded.body.checks.redis).toEqual({
      status: 'degraded',
      reason: 'Redis lost this install’s data',
    });
    await client.del(`${install.prefix}:restoring`);
    expect((await health().expect(200)).body.status).toBe('ok');
  });
});

describe('a running install whose Redis is killed and restarted empty', () => {
  let redis: TestRedis;
  let install: Install;

  beforeAll(async () => {
    redis = await startRedis();
    install = await startInstall({ REDIS_URL: redis.url, DEADLINE_SWEEP_INTERVAL: '3600' });
  }, 180_000);
  afterAll(async () => {
    await install?.stop();
    await redis?.stop();
  });

  it('accepts commands during the outage, and every deadline, old and new, fires once after', async () => {
    const before = await Promise.all([1, 2, 3].map(() => install.openCase()));
    const { port } = redis;
    await redis.stop();
    const during = await Promise.all([1, 2, 3].map(() => install.openCase()));
    redis = await startRedis(port);
    await everyDeadlineFiredOnce(install, [...before, ...during]);
  }, 120_000);
});

describe('two installs on one Redis', () => {
  let redis: TestRedis;
  const installs: Install[] = [];

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await Promise.all(installs.map((install) => install.stop()));
    await redis?.stop();
  });

  it('each fires its own deadlines, and neither removes the other’s jobs', async () => {
    const a = await startInstall({ REDIS_URL: redis.url });
    installs.push(a);
    const ofA = await Promise.all([1, 2, 3].map(() => a.openCase()));
    // B starts after A's jobs exist: its start-up reconciliation must leave them alone.
    const b = await startInstall({ REDIS_URL: redis.url });
    installs.push(b);
    expect(b.prefix).not.toBe(a.prefix);
    const ofB = await Promise.all([1, 2, 3].map(() => b.openCase()));
    await Promise.all([everyDeadlineFiredOnce(a, ofA), everyDeadlineFiredOnce(b, ofB)]);
  }, 300_000);

  it('refuses, in one line, a start whose configured prefix holds another install', async () => {
    const c = await startInstall({ REDIS_URL: redis.url, REDIS_PREFIX: 'shared' });
    installs.push(c);
    const client = new Redis(redis.url);
    await eventually(async () => expect(await client.get('shared:install')).not.toBeNull());
    client.disconnect();
    const output = await startInstall({ REDIS_URL: redis.url, REDIS_PREFIX: 'shared' }).then(
      (started) => {
        installs.push(started);
        return 'it started';
      },
      (error: Error) => error.message,
    );
    expect(output).toMatch(/apps\/api ended \(1\)/);
    const lines = output.split('\n').filter((line) => line.includes('key prefix "shared"'));
    expect(lines).toEqual([
      expect.stringMatching(
        /^Redis redis:\/\/127\.0\.0\.1:\d+ key prefix "shared" belongs to install [0-9a-f]{12}, not to this one \([0-9a-f]{12}\): set REDIS_PREFIX to a prefix of its own$/,
      ),
    ]);
  }, 300_000);
});

describe('npm start killed with SIGKILL', () => {
  const dataDir = tempDir('hazard-sigkill-');
  afterAll(() => dataDir.remove());

  it('leaves no redis-server of its DATA_DIR running', async () => {
    const port = await freePort();
    const api = await startApiProcess({
      REDIS_URL: `redis://127.0.0.1:${port}`,
      DATA_DIR: dataDir.path,
    });
    expect(api.output()).toMatch(/\(started by npm start\), key prefix "hz:/);
    expect(await redisAnswers(port)).toBe(true);
    await api.kill();
    await eventually(async () => expect(await redisAnswers(port)).toBe(false), 15_000);
  }, 180_000);
});
