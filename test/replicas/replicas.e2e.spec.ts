import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { caseStream } from '@hazard/cases';
import type { CaseEvent } from '@hazard/cases';
import { PostgresEventStore } from '@hazard/event-store';
import { redisOptionsFromUrl } from '@hazard/queue';
import { weeklyDigestStreamId } from '@hazard/reporting';
import { startApiProcess, startWorkerProcess } from '../support/app-process';
import type { ApiProcess, AppProcess } from '../support/app-process';
import { eventually } from '../support/deadline-harness';
import { freshListing } from '../support/hazard-requests';
import { createUserOver, signInOver } from '../support/http-users';
import type { TestUser } from '../support/http-users';
import { startPostgres } from '../support/postgres';
import type { TestPostgres } from '../support/postgres';
import { startRedis } from '../support/redis-server';
import type { TestRedis } from '../support/redis-server';
import { tempDir } from '../support/temp-dir';
import type { TempDir } from '../support/temp-dir';

const ADMIN_TOKEN = 'replicas-admin-token-0123456789';
const ADMIN = `Bearer ${ADMIN_TOKEN}`;
const PASSWORD = '一案一策-挂牌督办-2026';
/** A policy "day" is a second: the plan is due 3 s after assignment, the ladder 2 s and 3 s on. */
const SHORT_DAYS = { DEADLINE_DAY_SECONDS: '1', ESCALATION_INTERVAL_DAYS: '2,3' };
const LADDER = ['DeadlineMissed', 'urgingLetter', 'publicNotice', 'summons'];
/** Generous bounds for a shared two-core machine; every wait polls and ends once it holds. */
const SOON = 30_000;
const LATER = 90_000;

/** What a run of the weekly-digest schedule answers (WeeklyDigestProcessor). */
interface DigestRun {
  week: string;
  created: boolean;
}

interface InboxItem {
  id: string;
  type: string;
  week?: string;
  read: boolean;
}

/**
 * The distributed mode (DESIGN.md §6) as it is deployed: two apps/api processes (RUN_WORKERS
 * off, each with its own DATA_DIR, so its own read models) and two apps/worker processes, on
 * one PostgreSQL event store (a fresh database) and one private redis-server.
 */
describe('two API and two worker processes on one PostgreSQL event store and one Redis', () => {
  let postgres: TestPostgres;
  let redis: TestRedis;
  let store: PostgresEventStore;
  const dirs: TempDir[] = [];
  let a: ApiProcess;
  let b: ApiProcess;
  let workers: AppProcess[];
  let committee: TestUser;
  let leader: TestUser;
  const caseIds: string[] = [];

  const auth = (user: TestUser) => ({ Authorization: user.auth });
  const history = async (caseId: string): Promise<CaseEvent[]> =>
    (await store.read(caseStream.streamId(caseId))).map(caseStream.decode);
  const inbox = async (api: ApiProcess, user: TestUser): Promise<InboxItem[]> =>
    (await api.http().get('/api/notifications?pageSize=100').set(auth(user)).expect(200)).body
      .items;
  /** Lists a case through one API and assigns its leader through the other. */
  const openCase = async (listVia: ApiProcess, assignVia: ApiProcess): Promise<string> => {
    const listed = await listVia
      .http()
      .post('/api/hazards')
      .set(auth(committee))
      .send(freshListing())
      .expect(201);
    const caseId: string = listed.body.id;
    await assignVia
      .http()
      .post(`/api/hazards/${caseId}/assign-leader`)
      .set(auth(committee))
      .send({ leaderId: leader.id, leaderName: leader.name })
      .expect(200);
    caseIds.push(caseId);
    return caseId;
  };

  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
    const url = await postgres.createDatabase();
    store = new PostgresEventStore(url, { poolSize: 2 });
    const shared = {
      EVENTSTORE_URL: url,
      // The machine's server is shared: four processes must not take its connections.
      EVENTSTORE_POOL_SIZE: '3',
      REDIS_URL: redis.url,
      ...SHORT_DAYS,
      // Every other second: the workers' schedule fires again and again while the test runs.
      DIGEST_CRON: '*/2 * * * * *',
    };
    const dataDir = () => {
      const dir = tempDir('hazard-replica-');
      dirs.push(dir);
      return dir.path;
    };
    const api = () =>
      startApiProcess({
        ...shared,
        DATA_DIR: dataDir(),
        RUN_WORKERS: 'false',
        ADMIN_TOKEN,
      });
    const worker = () => startWorkerProcess({ ...shared, DATA_DIR: dataDir() });
    [a, b, ...workers] = await Promise.all([api(), api(), worker(), worker()]);
  }, 240_000);
  afterAll(async () => {
    await Promise.all([a, b, ...(workers ?? [])].map((p) => p?.stop()));
    await store?.close();
    await redis?.stop();
    await postgres?.stop();
    dirs.forEach((dir) => dir.remove());
  });

  it('signs in through B a user created through A, who then works through B', async () => {
    committee = await createUserOver(() => a.http(), ADMIN, {
      name: '南安市安委会办公室',
      roles: ['committee'],
      login: 'anweiban',
      password: PASSWORD,
    });
    leader = await createUserOver(() => a.http(), ADMIN, {
      name: '挂牌领导 陈建国',
      roles: ['leader'],
    });
    const session = await signInOver(() => b.http(), 'anweiban', PASSWORD);
    expect(session.id).toBe(committee.id);
    const me = await b.http().get('/api/me').set(session.headers).expect(200);
    expect(me.body).toMatchObject({ id: committee.id, roles: ['committee'] });
    const listed = await b
      .http()
      .post('/api/hazards')
      .set(session.headers)
      .send(freshListing())
      .expect(201);
    expect(listed.body).toMatchObject({ state: 'listed', version: 1 });
    // The same session on A: it is a fact of the event store, not of B.
    await a.http().get('/api/me').set(session.headers).expect(200);
  });

  it('shows in B’s list, within the projection’s lag, a case listed through A', async () => {
    const listed = await a
      .http()
      .post('/api/hazards')
      .set(auth(committee))
      .send(freshListing())
      .expect(201);
    const id: string = listed.body.id;
    await eventually(async () => {
      const list = await b.http().get('/api/hazards?state=listed').set(auth(committee)).expect(200);
      expect(list.body.items.map((item: { id: string }) => item.id)).toContain(id);
    }, SOON);
  });

  it('refuses on A, within the lag, a token revoked through B', async () => {
    const viewer = await createUserOver(() => a.http(), ADMIN, {
      name: '接口用户',
      roles: ['viewer'],
    });
    await a.http().get('/api/me').set(auth(viewer)).expect(200);
    await b.http().delete(`/api/users/${viewer.id}/tokens`).set('Authorization', ADMIN).expect(204);
    await b.http().get('/api/me').set(auth(viewer)).expect(401);
    await eventually(async () => {
      expect((await a.http().get('/api/me').set(auth(viewer))).status).toBe(401);
    }, SOON);
  });

  it('issues the weekly digest once, however often the schedule fires and both workers catch up', async () => {
    const client = new Redis(redis.url);
    let queue: Queue | null = null;
    try {
      // Found by its key rather than assumed: the install decides the prefix of its queues.
      let schedules: string[] = [];
      await eventually(async () => {
        schedules = await client.keys('*:weekly-digest:repeat');
        expect(schedules).toHaveLength(1);
      }, SOON);
      const prefix = schedules[0].slice(0, -':weekly-digest:repeat'.length);
      queue = new Queue('weekly-digest', { connection: redisOptionsFromUrl(redis.url), prefix });
      let runs: DigestRun[] = [];
      await eventually(async () => {
        runs = (await queue!.getCompleted(0, -1)).map((job) => job.returnvalue);
        expect(runs.length).toBeGreaterThanOrEqual(3);
      }, SOON);
      // A run that started just before midnight on Sunday may name the week before.
      for (const week of new Set(runs.map((run) => run.week))) {
        expect(runs.filter((run) => run.week === week && run.created).length).toBeLessThan(2);
        const issued = await store.read(weeklyDigestStreamId(week));
        expect(issued.map((event) => event.type)).toEqual(['WeeklyDigestIssued']);
        for (const api of [a, b]) {
          await eventually(async () => {
            const notices = (await inbox(api, committee)).filter((n) => n.week === week);
            expect(notices).toHaveLength(1);
          }, SOON);
        }
      }
    } finally {
      await queue?.close();
      client.disconnect();
    }
  });

  it('fires each deadline exactly once across both workers, and loses no job when one is killed', async () => {
    for (let i = 0; i < 6; i += 1) await openCase(i % 2 ? a : b, i % 2 ? b : a);
    await eventually(async () => {
      const missed = await Promise.all(caseIds.map(history));
      expect(missed.some((events) => events.some((e) => e.type === 'DeadlineMissed'))).toBe(true);
    }, SOON);
    // One worker at a time follows the scheduling projection: the holder of its lease.
    const holders = workers.filter((w) => w.output().includes('took the lease'));
    expect(holders).toHaveLength(1);
    const [holder] = holders;
    const survivor = workers.find((w) => w !== holder)!;
    expect(await holder.kill()).toBe('SIGKILL');
    workers = [survivor];
    // Cases opened after the kill are scheduled by the survivor, once it has the lease.
    for (let i = 0; i < 3; i += 1) await openCase(b, a);

    const steps = (events: CaseEvent[]) =>
      events
        .filter((e) => e.type === 'DeadlineMissed' || e.type === 'EscalationRaised')
        .map((e) => (e.type === 'EscalationRaised' ? e.data.level : e.type));
    await eventually(async () => {
      for (const caseId of caseIds) expect(steps(await history(caseId))).toEqual(LADDER);
    }, LATER);
    expect(survivor.output()).toContain('took the lease');
    for (const caseId of caseIds) {
      const events = await history(caseId);
      const reminders = events
        .filter((e) => e.type === 'ReminderSent')
        .map((e) => e.data.daysBefore);
      expect(new Set(reminders).size).toBe(reminders.length);
      expect(new Set(events.map((e) => e.metadata.commandId)).size).toBe(events.length);
    }
  });

  it('shows on B, within the lag, a notice marked read through A', async () => {
    const unreadOnA = (await inbox(a, leader)).filter((n) => !n.read);
    expect(unreadOnA.length).toBeGreaterThan(1);
    const [notice] = unreadOnA;
    await a.http().post(`/api/notifications/${notice.id}/read`).set(auth(leader)).expect(204);
    expect((await inbox(a, leader)).find((n) => n.id === notice.id)?.read).toBe(true);
    await eventually(async () => {
      const onB = await inbox(b, leader);
      expect(onB.find((n) => n.id === notice.id)?.read).toBe(true);
      expect(onB.filter((n) => n.read).map((n) => n.id)).toEqual([notice.id]);
    }, SOON);
  });
});
