import { join } from 'node:path';
import { handleCaseCommand } from '@hazard/commands';
import { DEFAULT_DEADLINE_POLICY, ManualClock, SCHEDULER_ACTOR } from '@hazard/domain';
import { SqliteEventStore } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import { actors, listing } from '../support/case-fixtures';
import { runCli } from '../support/cli-process';
import { freshListing } from '../support/hazard-requests';
import { startRedis } from '../support/redis-server';
import type { TestRedis } from '../support/redis-server';
import { startTestApp } from '../support/test-app';
import type { TestApp, TestUser } from '../support/test-app';

interface Item {
  id: string;
  town: string;
  priority: string;
  state: string;
  overdue: boolean;
}

describe('the read side over HTTP: list, detail, history, scope, catch-up, rebuild', () => {
  const clock = new ManualClock(new Date('2026-11-30T00:00:00Z'));
  let t: TestApp;
  let redis: TestRedis;
  let committee: TestUser;
  let leader: TestUser;
  let shuitou: TestUser;
  let farLeader: TestUser;
  const ids: Record<string, string> = {};

  // The command path itself, for what no HTTP route does (a scheduler's missed deadline) or
  // while the app is down. Importing @hazard/runtime here would read the environment too early.
  const commandDeps = (store: EventStore, now = clock.now()) => ({
    store,
    now,
    timeZone: 'Asia/Shanghai',
    policy: DEFAULT_DEADLINE_POLICY,
  });
  const get = (user: TestUser, path: string) => t.http().get(path).set('Authorization', user.auth);
  const list = async (user: TestUser, query = '') =>
    (await get(user, `/api/hazards${query}`).expect(200)).body as {
      items: Item[];
      total: number;
      page: number | null;
      nextCursor: string | null;
    };
  const caughtUp = () => t.readModelsCaughtUp();
  const listHazard = async (key: string, town: string, priority: string) => {
    const response = await t
      .http()
      .post('/api/hazards')
      .set('Authorization', committee.auth)
      .send({ ...freshListing(), town, priority, title: `隐患 ${key}` })
      .expect(201);
    ids[key] = response.body.id;
  };
  const assign = (key: string, to: TestUser) =>
    t
      .http()
      .post(`/api/hazards/${ids[key]}/assign-leader`)
      .set('Authorization', committee.auth)
      .send({ leaderId: to.id, leaderName: to.name })
      .expect(200);

  beforeAll(async () => {
    redis = await startRedis();
    t = await startTestApp({ clock, redis });
    committee = await t.createUser({ name: '安委会办公室', roles: ['committee', 'hq'] });
    leader = await t.createUser({ name: '陈建国', roles: ['leader'] });
    shuitou = await t.createUser({ name: '水头镇安办', roles: ['town'], towns: ['水头镇'] });
    farLeader = await t.createUser({ name: '林志强', roles: ['leader'], towns: ['省新镇'] });
    await listHazard('a', '水头镇', 'urgent');
    await listHazard('b', '官桥镇', 'serious');
    await listHazard('c', '水头镇', 'minor');
    await listHazard('d', '溪美街道', 'urgent');
    await listHazard('e', '柳城街道', 'serious');
    await assign('a', leader);
    await assign('b', farLeader);
    await assign('d', leader);
    const [, assigned] = await t.events(ids.d);
    if (assigned.type !== 'LeaderAssigned') throw new Error(`not LeaderAssigned: ${assigned.type}`);
    const deadline = assigned.data.planDeadline;
    await handleCaseCommand(commandDeps(t.store, new Date(deadline)), {
      caseId: ids.d,
      actor: SCHEDULER_ACTOR,
      command: { type: 'RecordDeadlineMissed', data: { kind: 'planSubmission', deadline } },
      commandId: 'missed-d',
    });
    await caughtUp();
  });
  afterAll(() => t.close());

  it('lists the newest listing first and filters by state, town, priority, overdue and leader', async () => {
    const all = await list(committee);
    expect(all.total).toBe(5);
    expect(all.items.map((i) => i.id)).toEqual(['e', 'd', 'c', 'b', 'a'].map((k) => ids[k]));
    const idsOf = async (query: string) =>
      (await list(committee, query)).items.map((i) => i.id).sort();
    const sorted = (...keys: string[]) => keys.map((k) => ids[k]).sort();
    expect(await idsOf('?state=leaderAssigned')).toEqual(sorted('a', 'b', 'd'));
    expect(await idsOf('?state=leaderAssigned.awaitingPlan')).toEqual(sorted('a', 'b', 'd'));
    expect(await idsOf('?state=listed')).toEqual(sorted('c', 'e'));
    expect(await idsOf(`?town=${encodeURIComponent('水头镇')}`)).toEqual(sorted('a', 'c'));
    expect(await idsOf('?priority=urgent')).toEqual(sorted('a', 'd'));
    expect(await idsOf('?overdue=true')).toEqual(sorted('d'));
    expect(await idsOf('?overdue=false&priority=urgent')).toEqual(sorted('a'));
    expect(await idsOf(`?leaderId=${leader.id}`)).toEqual(sorted('a', 'd'));
    expect(
      await idsOf(`?leaderId=${leader.id}&town=${encodeURIComponent('溪美街道')}&overdue=true`),
    ).toEqual(sorted('d'));
  });

  it('pages by number with a total, and by cursor through the same order', async () => {
    const first = await list(committee, '?pageSize=2&page=1');
    const second = await list(committee, '?pageSize=2&page=2');
    const third = await list(committee, '?pageSize=2&page=3');
    expect([first.total, first.page, third.items.length]).toEqual([5, 1, 1]);
    const byPage = [...first.items, ...second.items, ...third.items].map((i) => i.id);
    expect(byPage).toEqual((await list(committee)).items.map((i) => i.id));

    const byCursor: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page = await list(committee, `?pageSize=2${cursor ? `&cursor=${cursor}` : ''}`);
      byCursor.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    }
    expect(byCursor).toEqual(byPage);
  });

  it.each([
    ['state=nowhere', 'state'],
    ['priority=high', 'priority'],
    ['overdue=maybe', 'overdue'],
    ['page=0', 'page'],
    ['pageSize=101', 'pageSize'],
    ['cursor=***', 'cursor'],
    ['colour=red', 'colour'],
  ])('answers 422 naming the field for ?%s', async (query, field) => {
    const response = await get(committee, `/api/hazards?${query}`).expect(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('shows a case with leader, deadlines, overdue flag, escalation and its version as ETag', async () => {
    const response = await get(committee, `/api/hazards/${ids.d}`).expect(200);
    expect(response.body).toMatchObject({
      id: ids.d,
      state: 'leaderAssigned.awaitingPlan',
      listing: { town: '溪美街道', title: '隐患 d', priority: 'urgent' },
      leader: { id: leader.id, name: leader.name },
      plan: null,
      deadlineInForce: { kind: 'planSubmission', deadline: '2026-12-03T08:00:00+08:00' },
      overdue: true,
      escalationLevel: null,
      version: 3,
    });
    expect(response.headers.etag).toBe('"3"');
    await get(committee, `/api/hazards/${ids.d}`).set('If-None-Match', '"3"').expect(304);
  });

  it('gives the full ordered history with each event’s metadata', async () => {
    const response = await get(committee, `/api/hazards/${ids.d}/events`).expect(200);
    expect(response.body.nextCursor).toBeNull();
    const history = response.body.items as Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON
    expect(history.map((e) => [e.revision, e.type])).toEqual([
      [0, 'HazardListed'],
      [1, 'LeaderAssigned'],
      [2, 'DeadlineMissed'],
    ]);
    expect(history[0].data.listing.title).toBe('隐患 d');
    expect(history[0].metadata).toMatchObject({
      actor: { userId: committee.id, role: 'committee' },
      occurredAt: '2026-11-30T08:00:00+08:00',
      schemaVersion: 1,
    });
    expect(history[2].metadata.actor).toMatchObject({ userId: SCHEDULER_ACTOR.userId });
    expect(typeof history[0].metadata.commandId).toBe('string');
  });

  it('pages the history with a cursor: ?after=<revision>&limit=', async () => {
    const revisions = async (query: string) => {
      const { body } = await get(committee, `/api/hazards/${ids.d}/events${query}`).expect(200);
      return [body.items.map((e: { revision: number }) => e.revision), body.nextCursor];
    };
    expect(await revisions('?limit=2')).toEqual([[0, 1], 1]);
    expect(await revisions('?after=1&limit=2')).toEqual([[2], null]);
    expect(await revisions('?after=2')).toEqual([[], null]);
    const tooMany = await get(committee, `/api/hazards/${ids.d}/events?limit=501`)
      .set('Accept-Language', 'en')
      .expect(422);
    expect(tooMany.body.errors).toEqual([
      { field: 'limit', message: 'limit must not be greater than 500' },
    ]);
  });

  it('keeps a town-scoped user to its towns, and lets a leader see their own cases anywhere', async () => {
    const seen = (await list(shuitou)).items.map((i) => i.town);
    expect(seen).toEqual(['水头镇', '水头镇']);
    await get(shuitou, `/api/hazards/${ids.a}`).expect(200);
    const forbidden = await get(shuitou, `/api/hazards/${ids.b}`).expect(403);
    expect(forbidden.body.code).toBe('forbidden');
    await get(shuitou, `/api/hazards/${ids.b}/events`).expect(403);
    expect((await list(shuitou, `?town=${encodeURIComponent('官桥镇')}`)).total).toBe(0);

    // 林志强 is scoped to 省新镇 but leads case b in 官桥镇.
    expect((await list(farLeader)).items.map((i) => i.id)).toEqual([ids.b]);
    await get(farLeader, `/api/hazards/${ids.b}`).expect(200);
    await get(farLeader, `/api/hazards/${ids.b}/events`).expect(200);
    await get(farLeader, `/api/hazards/${ids.a}`).expect(403);
  });

  it('answers 404 for an unknown case and 401 without a token', async () => {
    await get(committee, '/api/hazards/no-such-case').expect(404);
    await get(committee, '/api/hazards/no-such-case/events').expect(404);
    await t.http().get('/api/hazards').expect(401);
  });

  it('tells anyone up or down on /health, and an admin the event store, lag and Redis', async () => {
    const anonymous = await t.http().get('/health').expect(200);
    expect(anonymous.body).toEqual({ status: 'ok' });
    const asCommittee = await get(committee, '/health').expect(200);
    expect(asCommittee.body).toEqual({ status: 'ok' });
    const health = await t.http().get('/health').set('Authorization', t.adminAuth).expect(200);
    expect(health.body).toMatchObject({
      status: 'ok',
      checks: {
        eventStore: { status: 'up' },
        readModels: { status: 'up', behind: 0, running: true },
        redis: { status: 'up' },
      },
    });
  });

  it('catches up after a restart with what was appended while the app was down', async () => {
    await t.stop();
    const store = new SqliteEventStore(join(t.dataDir.path, 'events.sqlite'));
    await handleCaseCommand(commandDeps(store), {
      caseId: 'offline-1',
      command: { type: 'ListHazard', data: { caseId: 'offline-1', listing } },
      actor: actors.committee,
      commandId: 'offline-list',
    });
    await store.close();
    t = await startTestApp({ clock, dataDir: t.dataDir, redis });
    await caughtUp();
    const all = await list(committee);
    expect(all.total).toBe(6);
    expect(all.items[0]).toMatchObject({ id: 'offline-1', state: 'listed', town: listing.town });
  });

  it('rebuild-read-models replays the events into the same rows', async () => {
    const before = await snapshotOfReadSide();
    await t.stop();
    const rebuilt = await runCli(['rebuild-read-models'], { DATA_DIR: t.dataDir.path });
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stderr).toMatch(/done: (\d+) \/ \1 events \(100%\)/);
    t = await startTestApp({ clock, dataDir: t.dataDir, redis });
    await caughtUp();
    expect(await snapshotOfReadSide()).toEqual(before);
  });

  async function snapshotOfReadSide() {
    const { items } = await list(committee, '?pageSize=100');
    const details = await Promise.all(
      items.map(async (i) => (await get(committee, `/api/hazards/${i.id}`)).body),
    );
    return { items, details };
  }
});
