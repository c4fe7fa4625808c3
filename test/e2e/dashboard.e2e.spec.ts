import { handleCaseCommand } from '@hazard/commands';
import { DEFAULT_DEADLINE_POLICY, ManualClock, SCHEDULER_ACTOR } from '@hazard/domain';
import type { CaseCommand } from '@hazard/domain';
import { freshListing, listingBody, planBody } from '../support/hazard-requests';
import { startTestApp } from '../support/test-app';
import type { TestApp, TestUser } from '../support/test-app';

/** Monday 08:00 in Shanghai, the start of 2026-W49. */
const NOW = new Date('2026-11-30T00:00:00Z');
const at = (local: string) => new Date(`${local}+08:00`);

describe('GET /api/dashboard: the figures within the user’s jurisdiction', () => {
  const clock = new ManualClock(NOW);
  let t: TestApp;
  let committee: TestUser;
  let leader: TestUser;
  let farLeader: TestUser;
  let shuitou: TestUser;
  const ids: Record<string, string> = {};

  const dashboard = async (user: TestUser) =>
    (await t.http().get('/api/dashboard').set('Authorization', user.auth).expect(200)).body;
  const listTotal = async (user: TestUser, query: string) =>
    (await t.http().get(`/api/hazards?${query}`).set('Authorization', user.auth).expect(200)).body
      .total as number;

  async function listHazard(key: string, when: Date, fields: Partial<typeof listingBody>) {
    clock.set(when);
    const { body } = await t.post(committee, '/api/hazards', freshListing(fields)).expect(201);
    ids[key] = body.id;
  }
  const command = (key: string, action: string, body: object = {}, user = committee) =>
    t.post(user, `/api/hazards/${ids[key]}/${action}`, body).expect(200);
  const assign = (key: string, to: TestUser) =>
    command(key, 'assign-leader', { leaderId: to.id, leaderName: to.name });
  const asScheduler = (key: string, command: CaseCommand, now: Date) =>
    handleCaseCommand(
      { store: t.store, now, timeZone: 'Asia/Shanghai', policy: DEFAULT_DEADLINE_POLICY },
      { caseId: ids[key], actor: SCHEDULER_ACTOR, command, commandId: `${key}-${command.type}` },
    );

  beforeAll(async () => {
    t = await startTestApp({ clock });
    committee = await t.createUser({ name: '安委会办公室', roles: ['committee'] });
    leader = await t.createUser({ name: '陈建国', roles: ['leader'] });
    farLeader = await t.createUser({ name: '林志强', roles: ['leader'], towns: ['柳城街道'] });
    shuitou = await t.createUser({ name: '水头镇安办', roles: ['town'], towns: ['水头镇'] });

    // a: listed in W47, closed in W48.
    await listHazard('a', at('2026-11-17T10:00:00'), {
      town: '水头镇',
      industryAuthority: '住建局',
    });
    clock.set(at('2026-11-25T10:00:00'));
    await assign('a', leader);
    await command('a', 'submit-plan', planBody, leader);
    await command('a', 'approve-plan');
    await command('a', 'confirm-controls', { note: '已落实' }, leader);
    await command('a', 'report-rectified', { summary: '已整改' }, leader);
    await command('a', 'close', { note: '同意销号' });
    // b: its 3-day plan deadline passed on 11-27; nobody has recorded the miss yet.
    await listHazard('b', at('2026-11-24T10:00:00'), {
      town: '水头镇',
      industryAuthority: '应急管理局',
      priority: 'urgent',
    });
    await assign('b', leader);
    // c: the same, but the scheduler has recorded the miss and sent the urging letter.
    await listHazard('c', at('2026-11-24T10:00:00'), {
      town: '官桥镇',
      industryAuthority: '住建局',
      priority: 'urgent',
    });
    await assign('c', leader);
    const assigned = (await t.events(ids.c))[1];
    if (assigned.type !== 'LeaderAssigned') throw new Error('c was not assigned a leader');
    const deadline = assigned.data.planDeadline;
    const kind = 'planSubmission' as const;
    await asScheduler(
      'c',
      { type: 'RecordDeadlineMissed', data: { kind, deadline } },
      new Date(deadline),
    );
    await asScheduler(
      'c',
      { type: 'RaiseEscalation', data: { kind, deadline, level: 'urgingLetter' } },
      new Date(deadline),
    );
    // d: due in exactly 7 days; e: no leader yet; f: led from outside its town.
    await listHazard('d', NOW, {
      town: '官桥镇',
      industryAuthority: '住建局',
      priority: 'serious',
    });
    await assign('d', leader);
    await listHazard('e', NOW, { town: '溪美街道', industryAuthority: '消防救援大队' });
    await listHazard('f', NOW, {
      town: '溪美街道',
      industryAuthority: '消防救援大队',
      priority: 'deferrable',
    });
    await assign('f', farLeader);
    clock.set(NOW);
    await t.readModelsCaughtUp();
  });
  afterAll(() => t.close());

  it('counts the whole city by state, overdue level, due soon, town and authority', async () => {
    const body = await dashboard(committee);
    expect(body).toMatchObject({ asOf: '2026-11-30T08:00:00+08:00', total: 6, open: 5 });
    expect(body.byState).toEqual([
      { state: 'listed', count: 1 },
      { state: 'leaderAssigned.awaitingPlan', count: 4 },
      { state: 'leaderAssigned.planSubmitted', count: 0 },
      { state: 'planApproved', count: 0 },
      { state: 'controlsInPlace', count: 0 },
      { state: 'rectified', count: 0 },
      { state: 'closed', count: 1 },
    ]);
    expect(body.overdue).toEqual({
      total: 2,
      byEscalationLevel: [
        { level: null, count: 1 },
        { level: 'urgingLetter', count: 1 },
        { level: 'publicNotice', count: 0 },
        { level: 'summons', count: 0 },
      ],
    });
    expect(body.dueWithin7Days).toBe(1);
    expect(body.byTown).toEqual([
      { town: '官桥镇', total: 2, open: 2, overdue: 1 },
      { town: '水头镇', total: 2, open: 1, overdue: 1 },
      { town: '溪美街道', total: 2, open: 2, overdue: 0 },
    ]);
    expect(body.byIndustryAuthority).toEqual([
      { industryAuthority: '住建局', total: 3, open: 2, overdue: 1 },
      { industryAuthority: '消防救援大队', total: 2, open: 2, overdue: 0 },
      { industryAuthority: '应急管理局', total: 1, open: 1, overdue: 1 },
    ]);
  });

  it('agrees with the list’s own overdue and due-soon filters', async () => {
    const body = await dashboard(committee);
    expect(await listTotal(committee, 'overdue=true')).toBe(body.overdue.total);
    expect(await listTotal(committee, 'dueWithinDays=7')).toBe(body.dueWithin7Days);
    expect(await listTotal(committee, '')).toBe(body.total);
  });

  it('shows listed and closed per ISO week for the last 12 weeks, this week last', async () => {
    const { weekly } = await dashboard(committee);
    expect(weekly).toHaveLength(12);
    expect(weekly[0].week).toBe('2026-W38');
    expect(weekly.slice(-3)).toEqual([
      { week: '2026-W47', listed: 1, closed: 0 },
      { week: '2026-W48', listed: 2, closed: 1 },
      { week: '2026-W49', listed: 3, closed: 0 },
    ]);
    expect(weekly.slice(0, -3).every((w: { listed: number }) => w.listed === 0)).toBe(true);
  });

  it('keeps a town user to its town', async () => {
    const body = await dashboard(shuitou);
    expect(body).toMatchObject({ total: 2, open: 1, dueWithin7Days: 0 });
    expect(body.overdue.total).toBe(1);
    expect(body.byTown).toEqual([{ town: '水头镇', total: 2, open: 1, overdue: 1 }]);
    expect(body.weekly.slice(-3).map((w: { listed: number }) => w.listed)).toEqual([1, 1, 0]);
  });

  it('counts for a scoped leader the cases they lead outside their towns', async () => {
    const body = await dashboard(farLeader);
    expect(body).toMatchObject({ total: 1, open: 1 });
    expect(body.byState).toContainEqual({ state: 'leaderAssigned.awaitingPlan', count: 1 });
    expect(body.byTown).toEqual([{ town: '溪美街道', total: 1, open: 1, overdue: 0 }]);
    expect(body.weekly.at(-1)).toEqual({ week: '2026-W49', listed: 1, closed: 0 });
  });

  it('answers 401 without a token', async () => {
    await t.http().get('/api/dashboard').expect(401);
  });
});
