import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DAY_MS, ManualClock } from '@hazard/domain';
import { eventually, promoteDueJobs } from '../support/deadline-harness';
import { freshListing } from '../support/hazard-requests';
import { startTestApp } from '../support/test-app';
import type { TestApp, TestUser } from '../support/test-app';

describe('a case left alone is reminded, marked overdue and escalated (embedded mode)', () => {
  const clock = new ManualClock(new Date('2026-11-30T00:00:00Z'));
  let t: TestApp;
  let queue: Queue;
  let committee: TestUser;
  let leader: TestUser;
  let otherLeader: TestUser;
  let caseId: string;

  beforeAll(async () => {
    // The days the clock moves on each catch up a 每日一报; here its notice goes to hq only, so
    // the leader's and the committee's inboxes hold the case's notices alone.
    process.env.DAILY_REPORT_RECIPIENTS = 'hq';
    t = await startTestApp({ clock, runWorkers: true });
    queue = t.app.get<Queue>(getQueueToken('deadlines'));
    committee = await t.createUser({ name: '安委会办公室', roles: ['committee'] });
    leader = await t.createUser({ name: '王建国', roles: ['leader'] });
    otherLeader = await t.createUser({ name: '李明', roles: ['leader'] });
  });
  afterAll(() => t.close());

  const inbox = (user: TestUser, query = '') =>
    t.http().get(`/api/notifications${query}`).set('Authorization', user.auth).expect(200);
  const advance = async (days: number) => {
    clock.advance(days * DAY_MS);
    await promoteDueJobs(queue, clock);
  };

  it('reminds the leader and the committee, then records the miss and the urging letter', async () => {
    const listed = await t
      .http()
      .post('/api/hazards')
      .set('Authorization', committee.auth)
      .send(freshListing())
      .expect(201);
    caseId = listed.body.id;
    await t
      .http()
      .post(`/api/hazards/${caseId}/assign-leader`)
      .set('Authorization', committee.auth)
      .send({ leaderId: leader.id, leaderName: '王建国' })
      .expect(200);
    await eventually(async () => expect((await inbox(leader)).body.total).toBe(1));
    await advance(2);
    await eventually(async () => expect((await inbox(leader)).body.total).toBe(2));
    await advance(1);
    await eventually(async () => expect((await inbox(leader)).body.total).toBe(4));

    const page = (await inbox(leader, '?page=1&pageSize=3')).body;
    expect(page).toMatchObject({ total: 4, unread: 4, page: 1, pageSize: 3 });
    expect(page.items.map((item: { type: string }) => item.type)).toEqual([
      'EscalationRaised',
      'DeadlineMissed',
      'ReminderSent',
    ]);
    expect(page.items[0].title).toMatch(/^督办函：/);
    const english = await t
      .http()
      .get('/api/notifications')
      .set('Authorization', committee.auth)
      .set('Accept-Language', 'en')
      .expect(200);
    expect(english.body.items[0].title).toMatch(/^Urging letter: /);
    expect((await inbox(otherLeader)).body).toMatchObject({ total: 0, items: [] });
  });

  it('shows the case overdue, with its escalation level, in the history and the list', async () => {
    const types = (await t.events(caseId)).map((e) => e.type);
    expect(types).toEqual([
      'HazardListed',
      'LeaderAssigned',
      'ReminderSent',
      'ReminderSent',
      'DeadlineMissed',
      'EscalationRaised',
    ]);
    await eventually(async () => {
      const view = await t
        .http()
        .get(`/api/hazards/${caseId}`)
        .set('Authorization', committee.auth)
        .expect(200);
      expect(view.body).toMatchObject({ overdue: true, escalationLevel: 'urgingLetter' });
    });
    const overdue = await t
      .http()
      .get('/api/hazards?overdue=true')
      .set('Authorization', committee.auth)
      .expect(200);
    expect(overdue.body.items.map((item: { id: string }) => item.id)).toEqual([caseId]);
  });

  it('marks a notice read for its reader only, and needs a token', async () => {
    const [first] = (await inbox(leader)).body.items;
    await t
      .http()
      .post(`/api/notifications/${first.id}/read`)
      .set('Authorization', leader.auth)
      .expect(204);
    expect((await inbox(leader)).body.unread).toBe(3);
    // The committee's four deadline notices, and the 2026-W48 digest the embedded worker
    // issued on start-up (a Monday): the leader's read mark touches none of them.
    expect((await inbox(committee)).body.unread).toBe(5);
    await t
      .http()
      .post(`/api/notifications/${first.id}/read`)
      .set('Authorization', otherLeader.auth)
      .expect(404);
    await t.http().get('/api/notifications').expect(401);
  });
});
