import { DAY_MS, ManualClock } from '@hazard/domain';
import { listing, NOW } from '../support/case-fixtures';
import { startTestApp } from '../support/test-app';
import type { TestApp, TestUser } from '../support/test-app';

/**
 * One rule for "overdue" everywhere (the domain's `isOverdue`): the deadline in force has
 * passed, whether or not the scheduler has recorded the miss yet. Here no worker runs, so the
 * miss is never recorded: the list, the detail and the digest must still agree.
 */
describe('the overdue rule, over HTTP', () => {
  const clock = new ManualClock(NOW);
  let t: TestApp;
  let committee: TestUser;
  let caseId: string;
  let planDeadline: string;

  beforeAll(async () => {
    t = await startTestApp({ clock, runWorkers: false });
    committee = await t.createUser({ name: '安委会办公室', roles: ['committee'] });
    const leader = await t.createUser({ name: '王建国', roles: ['leader'] });
    const listed = await t.post(committee, '/api/hazards', listing).expect(201);
    caseId = listed.body.id;
    await t
      .post(committee, `/api/hazards/${caseId}/assign-leader`, {
        leaderId: leader.id,
        leaderName: leader.name,
      })
      .expect(200);
    await t.readModelsCaughtUp();
    const detail = await t
      .http()
      .get(`/api/hazards/${caseId}`)
      .set('Authorization', committee.auth);
    planDeadline = detail.body.deadlineInForce.deadline;
  });
  afterAll(() => t.close());

  const get = (path: string) => t.http().get(path).set('Authorization', committee.auth).expect(200);
  const overdueIds = async (overdue: boolean) =>
    (await get(`/api/hazards?overdue=${overdue}`)).body.items.map(
      (item: { id: string }) => item.id,
    );

  const views = async () => ({
    detail: (await get(`/api/hazards/${caseId}`)).body.overdue,
    listed: (await overdueIds(true)).includes(caseId),
    notListed: (await overdueIds(false)).includes(caseId),
    digest: (await get('/api/digests/weekly/current')).body.digest.totals.overdue,
  });

  it('says "not overdue" everywhere before the deadline', async () => {
    clock.set(new Date(Date.parse(planDeadline) - 1000));
    expect(await views()).toEqual({ detail: false, listed: false, notListed: true, digest: 0 });
  });

  it('says "overdue" everywhere from the deadline on, though no miss was recorded', async () => {
    clock.set(new Date(Date.parse(planDeadline)));
    expect(await views()).toEqual({ detail: true, listed: true, notListed: false, digest: 1 });
    clock.set(new Date(Date.parse(planDeadline) + DAY_MS));
    expect(await views()).toEqual({ detail: true, listed: true, notListed: false, digest: 1 });
    const events = await t.events(caseId);
    expect(events.map((e) => e.type)).not.toContain('DeadlineMissed');
  });
});
