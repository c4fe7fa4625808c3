import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Test } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { CLOCK } from '@hazard/domain';
import type { CaseCommand, ManualClock } from '@hazard/domain';
import type { CaseCommandService } from '@hazard/commands';
import type { EventStore } from '@hazard/event-store';
import type { CaseEvent } from '@hazard/commands';
import type { DeadlineJob, DeadlineReconciler, StoredDeadlineJob } from '@hazard/scheduling';
import { actors, leader, listing, plan } from './case-fixtures';
import type { TestRedis } from './redis-server';
import type { TempDir } from './temp-dir';

export interface DeadlineHarness {
  app: INestApplicationContext;
  store: EventStore;
  queue: Queue;
  reconciler: DeadlineReconciler;
  redis(): Promise<Redis>;
  /** Runs a command as the committee (or the leader, for the leader's own commands). */
  run(caseId: string, command: CaseCommand, as?: keyof typeof actors): Promise<void>;
  types(caseId: string): Promise<string[]>;
  events(caseId: string): Promise<CaseEvent[]>;
  /** The case's deadline jobs waiting in Redis. */
  jobsOf(caseId: string): Promise<DeadlineJob[]>;
  /** Moves the clock on and lets every job now due run at once: nothing waits days. */
  advance(ms: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The real RuntimeModule and SchedulingWorkerModule (and, `withInbox`, the inbox and the webhook)
 * on a private Redis and temp SQLite files, deciding by a ManualClock. The environment is read when RuntimeModule is first imported, so
 * a test file sets it once; `reset` empties Redis and the data directory between apps.
 */
export async function startDeadlineHarness(
  redisServer: TestRedis,
  dataDir: TempDir,
  clock: ManualClock,
  env: Record<string, string> = {},
  withInbox = false,
): Promise<DeadlineHarness> {
  Object.assign(process.env, { DATA_DIR: dataDir.path, REDIS_URL: redisServer.url, ...env });
  const { RuntimeModule } = await import('@hazard/runtime');
  const { CaseCommandService: Cases } = await import('@hazard/commands');
  const scheduling = await import('@hazard/scheduling');
  const { EVENT_STORE } = await import('@hazard/event-store');
  const { caseStream } = await import('@hazard/commands');
  const notifications = await import('@hazard/notifications');
  const inbox = withInbox
    ? [notifications.NotificationsModule, notifications.NotificationDeliveryModule]
    : [];
  const moduleRef = await Test.createTestingModule({
    imports: [RuntimeModule, scheduling.SchedulingWorkerModule, ...inbox],
  })
    .overrideProvider(CLOCK)
    .useValue(clock)
    .compile();
  moduleRef.useLogger(['error', 'warn']);
  const app = await moduleRef.init();
  const store = app.get<EventStore>(EVENT_STORE);
  const cases = app.get<CaseCommandService>(Cases);
  const queue = app.get<Queue>(getQueueToken(scheduling.DEADLINES_QUEUE));
  await app.get(scheduling.StartupReconciliation).reconciled;
  const redis = async () => (await queue.client) as unknown as Redis;
  const events = async (caseId: string) =>
    (await store.read(caseStream.streamId(caseId))).map(caseStream.decode);
  let commands = 0;

  const jobsOf = async (caseId: string) =>
    (await queue.getJobs(['delayed', 'wait', 'prioritized']))
      .filter((job) => job?.data?.caseId === caseId)
      .map((job) => scheduling.deadlineJobOf(job.data as StoredDeadlineJob))
      .sort((a, b) => a.fireAt - b.fireAt);

  return {
    app,
    store,
    queue,
    reconciler: app.get(scheduling.DeadlineReconciler),
    redis,
    async run(caseId, command, as) {
      commands += 1;
      await cases.execute({
        caseId,
        // A notice number names one case: each case of a test gets its own.
        command:
          command.type === 'ListHazard'
            ? {
                ...command,
                data: {
                  ...command.data,
                  listing: {
                    ...command.data.listing,
                    noticeNumber: `${command.data.listing.noticeNumber}-${caseId}`,
                  },
                },
              }
            : command,
        actor: actors[as ?? 'committee'],
        commandId: `test-${caseId}-${commands}`,
      });
    },
    events,
    async types(caseId) {
      return (await events(caseId)).map((e) =>
        e.type === 'EscalationRaised' ? `${e.type}:${e.data.level}` : e.type,
      );
    },
    jobsOf,
    async advance(ms) {
      clock.advance(ms);
      await promoteDueJobs(queue, clock);
    },
    stop: () => app.close(),
  };
}

/** Lets every deadline job due by the test's clock run now: nothing waits days. */
export async function promoteDueJobs(queue: Queue, clock: ManualClock): Promise<void> {
  const now = clock.now().getTime();
  for (const job of await queue.getDelayed()) {
    // A job the scheduler removed or re-added meanwhile is no longer delayed: fine.
    if ((job.data as StoredDeadlineJob).fireAt <= now) await job.promote().catch(() => undefined);
  }
}

/** Empties Redis and the data directory, for the next app in the same test file. */
export async function resetDeadlineState(redis: Redis, dataDir: TempDir): Promise<void> {
  await redis.flushall();
  for (const name of readdirSync(dataDir.path)) {
    rmSync(join(dataDir.path, name), { recursive: true, force: true });
  }
}

/** Polls until the assertion holds; the last failure is reported when time runs out. */
export async function eventually(
  assertion: () => Promise<void> | void,
  timeoutMs = 15000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

export const commands = {
  list: (caseId: string): CaseCommand => ({ type: 'ListHazard', data: { caseId, listing } }),
  assign: (): CaseCommand => ({ type: 'AssignLeader', data: { leader } }),
  submitPlan: (deadline: string): CaseCommand => ({
    type: 'SubmitPlan',
    data: { plan: { ...plan, deadline } },
  }),
};
