import { loadavg } from 'node:os';
import { Queue, Worker } from 'bullmq';
import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { HazardEvent, Listing } from '@hazard/workflows';
import { PRIORITIES } from '@hazard/workflows';
import {
  DAY_MS,
  DEFAULT_DEADLINE_POLICY,
  DEFAULT_GENERAL_HAZARD_POLICY,
  systemClock,
  toZonedIso,
} from '@hazard/domain';
import {
  caseStreamId,
  deterministicUuid,
  GENERAL_HAZARD_STREAMS,
  handleCaseCommand,
  handleCommand,
  loadCase,
  loadGeneralHazard,
} from '@hazard/commands';
import type { Envelope } from '@hazard/commands';
import type { GeneralHazardCommand } from '@hazard/domain';
import { ConfigService } from '@nestjs/config';
import Database from 'better-sqlite3';
import { SqliteCheckpointStore, SqliteEventStore } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import type { Environment } from '@hazard/config';
import { namespaceOf, RedisLossDetector, redisOptionsFromUrl } from '@hazard/queue';
import {
  DeadlineJobScheduler,
  DeadlineSchedulingProjection,
  DEADLINES_CONCURRENCY,
  DEADLINES_QUEUE,
  nextDeadlineJob,
  pendingDeadlineJobs,
  processDeadlineJob,
  reconcileDeadlines,
} from '@hazard/scheduling';
import type { ScheduleDeps } from '@hazard/scheduling';
import type { StoredDeadlineJob } from '@hazard/scheduling';
import { startRedis } from '../support/redis-server';
import { tempDir } from '../support/temp-dir';
import { writeEventsInBulk } from './bulk-events';
import type { BulkEvent } from './bulk-events';
import type { Report } from './run';

const CASES = 100_000;
const PAGE = 1000;
/** A key prefix as long as an install's own (`hz:<install id>`), for honest bytes per job. */
const INSTALL_ID = '0123456789ab';
const PREFIX = `hz:${INSTALL_ID}`;
const DUE_CASES = 2_000;
const DUE_WITHIN_MS = 5_000;
const TZ = 'Asia/Shanghai';
const S = 'scheduling';
const policy = DEFAULT_DEADLINE_POLICY;

const listingOf = (i: number): Listing => ({
  title: `隐患${i}：厂房承重墙开裂`,
  description: '承重墙出现贯穿裂缝，存在坍塌风险',
  unitName: `南安市第${i}石材厂`,
  town: ['水头镇', '官桥镇', '洪濑镇', '石井镇'][i % 4],
  industryAuthority: '住建局',
  professionalDomain: '房屋安全',
  priority: PRIORITIES[i % PRIORITIES.length],
  criterion: { standard: 'GB 50292', clause: '7.1' },
  listingLevel: '市级',
  noticeNumber: `南安委督〔2026〕${i}号`,
});

/**
 * Open cases in the shapes that need jobs: awaiting a plan (reminders + miss), rectifying
 * (reminders + miss), or overdue with the next escalation pending. Deadlines lie ahead.
 */
function caseEvents(i: number, now: number): HazardEvent[] {
  const at = (days: number) => toZonedIso(new Date(now + days * DAY_MS), TZ);
  const planDeadline = at(5 + (i % 25));
  const head: HazardEvent[] = [
    { type: 'HazardListed', data: { caseId: `s-${i}`, listing: listingOf(i) } },
    {
      type: 'LeaderAssigned',
      data: { leader: { id: `u-${i % 500}`, name: '领导' }, planDeadline },
    },
  ];
  const fix = at(20 + (i % 60));
  const plan = {
    responsibleDepartment: '住建局',
    responsiblePerson: `责任人${i}`,
    deadline: fix,
    controlMeasures: ['设置警戒区'],
  };
  switch (i % 5) {
    case 0:
    case 1:
      return head;
    case 2:
    case 3:
      return [
        ...head,
        { type: 'PlanSubmitted', data: { plan } },
        { type: 'PlanApproved', data: { rectificationDeadline: fix } },
        { type: 'ControlsConfirmed', data: { note: '警戒区已设置' } },
      ];
    default: {
      const missed = at(-1);
      return [
        head[0],
        {
          type: 'LeaderAssigned',
          data: { leader: { id: 'u-1', name: '领导' }, planDeadline: missed },
        },
        { type: 'DeadlineMissed', data: { kind: 'planSubmission', deadline: missed } },
        {
          type: 'EscalationRaised',
          data: { kind: 'planSubmission', deadline: missed, level: 'urgingLetter' },
        },
      ];
    }
  }
}

/** Every case's events, case after case, all happening now. */
function* openCases(now: number): Generator<BulkEvent> {
  const occurredAt = toZonedIso(new Date(now), TZ);
  for (let i = 0; i < CASES; i += 1) {
    for (const [revision, event] of caseEvents(i, now).entries()) {
      yield { caseId: `s-${i}`, revision, event, occurredAt };
    }
  }
}

/** User + system CPU seconds of this process since `from`: what the machine's load does not inflate. */
const cpuSeconds = (from: NodeJS.CpuUsage): number => {
  const { user, system } = process.cpuUsage(from);
  return (user + system) / 1e6;
};

const usedMemory = async (redis: Redis): Promise<number> =>
  Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1] ?? 0);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export async function run(report: Report): Promise<void> {
  const dir = tempDir('hazard-bench-scheduling-');
  const redisServer = await startRedis();
  const queue = new Queue(DEADLINES_QUEUE, {
    connection: redisOptionsFromUrl(redisServer.url),
    prefix: PREFIX,
  });
  const redis = (await queue.client) as unknown as Redis;
  const scheduler = new DeadlineJobScheduler(queue, systemClock);
  const store = new SqliteEventStore(dir.file('events.sqlite'));
  const deps = {
    store,
    scheduler,
    policy,
    generalPolicy: DEFAULT_GENERAL_HAZARD_POLICY,
    clock: systemClock,
  };
  try {
    writeEventsInBulk(dir.file('events.sqlite'), openCases(Date.now()));
    const n = CASES.toLocaleString('en-US');

    const memoryBefore = await usedMemory(redis);
    let started = performance.now();
    let cpu = process.cpuUsage();
    await throughProjection(deps);
    const scheduleMs = performance.now() - started;
    const scheduleCpu = cpuSeconds(cpu);
    const jobs = (await queue.getRanges(['delayed', 'wait'], 0, -1)).length;
    const memoryAfter = await usedMemory(redis);
    report(
      S,
      `schedule ${n} open cases through the subscription path (pages of events)`,
      scheduleMs / 1000,
      's',
    );
    report(S, 'CPU of this process for it (load-independent)', scheduleCpu, 's');
    report(
      S,
      'cases scheduled per second (subscription path)',
      (CASES / scheduleMs) * 1000,
      'cases/s',
    );
    report(S, `delayed jobs in Redis for ${n} cases (each case's next)`, jobs, 'jobs');
    report(S, 'Redis used_memory growth', (memoryAfter - memoryBefore) / 2 ** 20, 'MiB');
    report(S, 'Redis memory per job', (memoryAfter - memoryBefore) / jobs, 'bytes');
    report(S, 'Redis memory per open case', (memoryAfter - memoryBefore) / CASES, 'bytes');

    started = performance.now();
    cpu = process.cpuUsage();
    const inSync = await reconcileDeadlines(deps);
    const sweepCpu = cpuSeconds(cpu);
    report(
      S,
      `one periodic sweep of ${n} cases, Redis in sync (${inSync.added} added)`,
      (performance.now() - started) / 1000,
      's',
    );
    report(S, 'CPU of this process for the sweep', sweepCpu, 's');

    await redis.flushall();
    started = performance.now();
    cpu = process.cpuUsage();
    const restored = await reconcileDeadlines(deps);
    const restoreCpu = cpuSeconds(cpu);
    report(
      S,
      `reconcile ${n} cases after FLUSHALL (${restored.added.toLocaleString('en-US')} jobs restored)`,
      (performance.now() - started) / 1000,
      's',
    );
    report(S, 'CPU of this process for it', restoreCpu, 's');
    report(S, 'machine load average (1 min) during these figures', loadavg()[0], '');

    await restoreWhileRunning(report, deps, redis, redisServer.url);
    await lateness(report, deps, queue, redisServer.url);
  } finally {
    await queue.close();
    await store.close();
    await redisServer.stop();
    dir.remove();
  }
}

/** Every event through the scheduling projection, a page at a time, as its runner delivers them. */
async function throughProjection(deps: ScheduleDeps): Promise<void> {
  const projection = new DeadlineSchedulingProjection(
    deps,
    new SqliteCheckpointStore(new Database(':memory:')),
  );
  let after: bigint | null = null;
  for (;;) {
    const page = await deps.store.readAll(after, PAGE);
    if (page.length === 0) return;
    await projection.handle(page.filter((event) => projection.handles(event)));
    after = page[page.length - 1].position;
  }
}

/**
 * The running system's detector (its marker check every second): from the moment of a
 * FLUSHALL to the moment the last job is back (the marker is set again after the rebuild).
 */
async function restoreWhileRunning(
  report: Report,
  deps: ScheduleDeps & { store: EventStore },
  redis: Redis,
  url: string,
): Promise<void> {
  const namespace = namespaceOf(INSTALL_ID, url);
  const config = new ConfigService<Environment, true>({
    REDIS_URL: url,
    DEADLINE_SWEEP_INTERVAL: 3600,
  });
  const detector = new RedisLossDetector(namespace, config);
  detector.register({ name: 'deadline jobs', restore: () => reconcileDeadlines(deps) });
  detector.onApplicationBootstrap();
  await detector.firstRun;
  await redis.flushall();
  const flushed = performance.now();
  while ((await redis.get(namespace.markerKey)) === null) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const jobs = (await deps.scheduler.waitingJobIds()).length;
  report(
    S,
    `running system: FLUSHALL to last of ${jobs.toLocaleString('en-US')} jobs back (detector)`,
    (performance.now() - flushed) / 1000,
    's',
  );
  await detector.beforeApplicationShutdown();
  detector.onApplicationShutdown();
}

/** Cases due within a few seconds, a worker as in production: how late does each job run? */
async function lateness(
  report: Report,
  deps: ScheduleDeps,
  queue: Queue,
  redisUrl: string,
): Promise<void> {
  const { store } = deps;
  // Deadlines a few seconds past the end of the set-up, so no job is late before it exists.
  const start = Date.now() + 30_000;
  const late: number[] = [];
  const fire = {
    load: (caseId: string) => loadCase(store, caseId),
    execute: (envelope: Parameters<typeof handleCaseCommand>[1]) =>
      handleCaseCommand({ store, now: new Date(), timeZone: TZ, policy }, envelope),
    loadGeneralHazard: (hazardId: string) => loadGeneralHazard(store, hazardId),
    executeGeneral: (envelope: Envelope<GeneralHazardCommand>) =>
      handleCommand(
        GENERAL_HAZARD_STREAMS,
        { store, now: new Date(), timeZone: TZ, policy: deps.generalPolicy },
        envelope,
      ),
    policy,
    generalPolicy: deps.generalPolicy,
    clock: systemClock,
  };
  const worker = new Worker<StoredDeadlineJob>(
    DEADLINES_QUEUE,
    async (job: Job<StoredDeadlineJob>, token?: string) => {
      if (job.data.action === 'miss') late.push(Date.now() - job.data.fireAt);
      return processDeadlineJob(fire, job, token);
    },
    {
      connection: redisOptionsFromUrl(redisUrl),
      prefix: PREFIX,
      concurrency: DEADLINES_CONCURRENCY,
    },
  );
  const caseIds = Array.from({ length: DUE_CASES }, (_, i) => `due-${i}`);
  await Promise.all(
    caseIds.map((caseId, i) => {
      const planDeadline = toZonedIso(new Date(start + (i / DUE_CASES) * DUE_WITHIN_MS), TZ);
      const events: HazardEvent[] = [
        { type: 'HazardListed', data: { caseId, listing: listingOf(i) } },
        { type: 'LeaderAssigned', data: { leader: { id: 'u-1', name: '领导' }, planDeadline } },
      ];
      return store.append(
        caseStreamId(caseId),
        events.map((event, revision) => ({
          id: deterministicUuid(`${caseId}/${revision}`),
          type: event.type,
          data: event.data,
          metadata: { commandId: `${caseId}-${revision}`, occurredAt: toZonedIso(new Date(), TZ) },
        })),
        'no_stream',
      );
    }),
  );
  for (const caseId of caseIds) {
    const { snapshot } = await loadCase(store, caseId);
    const miss = pendingDeadlineJobs(snapshot, policy, new Date()).filter(
      (job) => job.action === 'miss',
    );
    await deps.scheduler.syncStream({ id: caseId, next: nextDeadlineJob(miss) });
  }
  report(
    S,
    'set-up of the due cases ended before the first was due by',
    (start - Date.now()) / 1000,
    's',
  );
  const until = Date.now() + DUE_WITHIN_MS + 60_000;
  while (late.length < DUE_CASES && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await worker.close();
  const sorted = [...late].sort((a, b) => a - b);
  report(
    S,
    `due jobs fired (of ${DUE_CASES} due over ${DUE_WITHIN_MS / 1000} s, ${DEADLINES_CONCURRENCY} at a time)`,
    late.length,
    'jobs',
  );
  report(S, 'lateness p50 (start of processing − due time)', percentile(sorted, 50), 'ms');
  report(S, 'lateness p99', percentile(sorted, 99), 'ms');
  report(S, 'lateness max', sorted[sorted.length - 1], 'ms');
}
