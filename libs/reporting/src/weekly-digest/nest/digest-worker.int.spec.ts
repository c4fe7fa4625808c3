import { getQueueToken } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { Test } from '@nestjs/testing';
import type { TestingModule } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { CLOCK, DEADLINE_POLICY, DEFAULT_DEADLINE_POLICY, ManualClock } from '@hazard/domain';
import { EVENT_STORE, SqliteEventStore } from '@hazard/event-store';
import { validateEnvironment } from '@hazard/config';
import { RedisLossDetector } from '@hazard/queue';
import { startRedis } from '@hazard/testing/redis-server';
import type { TestRedis } from '@hazard/testing/redis-server';
import { finished } from '@hazard/testing/queue-jobs';
import { tempDir } from '@hazard/testing/temp-dir';
import { at, digestScenario, SCENARIO_TZ } from '@hazard/testing/digest-scenario';
import { weekBounds } from '../../iso-week';
import { computeWeeklyDigestFromStore } from '../compute-weekly-digest';
import { findIssuedDigest, weeklyDigestStreamId } from '../issue-weekly-digest';
import { DigestWorkerModule } from './digest-worker.module';
import { WEEKLY_DIGEST_QUEUE, WEEKLY_DIGEST_SCHEDULER_ID } from './weekly-digest.queue';

/** The first Monday 00:00 UTC after `now`: Monday 08:00 in Shanghai (UTC+8, no DST). */
const nextMonday0800Shanghai = (now: number): number => {
  const day = new Date(now);
  day.setUTCHours(0, 0, 0, 0);
  do day.setUTCDate(day.getUTCDate() + 1);
  while (day.getUTCDay() !== 1);
  return day.getTime();
};

describe('the weekly digest schedule on a real Redis', () => {
  const dir = tempDir();
  const store = new SqliteEventStore(dir.file('events.sqlite'));
  const clock = new ManualClock(at('2026-11-23T08:00:00'));
  const scenario = digestScenario(store, clock);
  let redis: TestRedis;
  let app: TestingModule;
  let queue: Queue;

  beforeAll(async () => {
    redis = await startRedis();
    await scenario.week48();
    // Monday of week 49, 07:00: the system starts up before the 08:00 run, with week 48 unissued.
    clock.set(at('2026-11-30T07:00:00'));
    @Module({
      providers: [
        { provide: EVENT_STORE, useValue: store },
        { provide: CLOCK, useValue: clock },
        { provide: DEADLINE_POLICY, useValue: DEFAULT_DEADLINE_POLICY },
      ],
      exports: [EVENT_STORE, CLOCK, DEADLINE_POLICY],
    })
    class InfrastructureModule {}
    app = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          ignoreEnvVars: true,
          validate: () =>
            validateEnvironment({
              REDIS_URL: redis.url,
              TIME_ZONE: SCENARIO_TZ,
              DATA_DIR: dir.path,
            }),
        }),
        { module: InfrastructureModule, global: true },
        DigestWorkerModule,
      ],
    }).compile();
    await app.init();
    // The schedule is put in Redis by the start-up rebuild, once Redis answers.
    await app.get(RedisLossDetector).firstRun;
    queue = app.get<Queue>(getQueueToken(WEEKLY_DIGEST_QUEUE));
  });

  afterAll(async () => {
    await app?.close();
    await store.close();
    await redis?.stop();
    dir.remove();
  });

  it('catches up the missed week at start-up, as the scheduler', async () => {
    const issued = await findIssuedDigest(store, '2026-W48');
    expect(issued?.issuedBy.role).toBe('scheduler');
    expect(issued?.issuedAt).toBe('2026-11-30T07:00:00+08:00');
    expect(issued?.digest).toEqual(
      await computeWeeklyDigestFromStore(
        store,
        weekBounds('2026-W48', SCENARIO_TZ),
        DEFAULT_DEADLINE_POLICY,
      ),
    );
  });

  it('schedules the real cron pattern in Shanghai time: next Monday 08:00', async () => {
    const scheduler = await queue.getJobScheduler(WEEKLY_DIGEST_SCHEDULER_ID);
    expect(scheduler).toMatchObject({ pattern: '0 8 * * 1', tz: 'Asia/Shanghai' });
    expect(scheduler?.next).toBe(nextMonday0800Shanghai(Date.now()));
  });

  it('a fired run issues the week that just ended, once', async () => {
    await scenario.week49();
    clock.set(at('2026-12-07T08:00:00'));
    const [due] = await queue.getDelayed();
    expect(due.name).toBe('issue-weekly-digest');
    // Fire the real scheduled job now instead of waiting for Monday.
    await due.promote();
    const done = await finished(queue, due.id as string);
    expect(done.returnvalue).toEqual({ week: '2026-W49', created: true });
    const issued = await findIssuedDigest(store, '2026-W49');
    expect(issued?.digest.totals.listed).toBe(7);
    expect(issued?.issuedAt).toBe('2026-12-07T08:00:00+08:00');
    expect(await store.read(weeklyDigestStreamId('2026-W49'))).toHaveLength(1);
    expect(await store.read(weeklyDigestStreamId('2026-W48'))).toHaveLength(1);

    // The schedule goes on: the next run is again a Monday 08:00 in Shanghai.
    const next = (await queue.getJobScheduler(WEEKLY_DIGEST_SCHEDULER_ID))?.next ?? 0;
    expect(new Date(next).getUTCDay()).toBe(1);
    expect(new Date(next).getUTCHours()).toBe(0);
    expect(next).toBeGreaterThan(Date.now());
  });
});
