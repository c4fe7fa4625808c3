import { ManualClock } from '@hazard/domain';
import { freshListing, planBody } from '../support/hazard-requests';
import { startTestApp } from '../support/test-app';
import type { TestApp, TestUser } from '../support/test-app';

describe('a major-hazard case driven over HTTP from listing to closure', () => {
  const clock = new ManualClock(new Date('2026-11-30T00:00:00Z'));
  let t: TestApp;
  let committee: TestUser;
  let hq: TestUser;
  let leader: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    committee = await t.createUser({ name: '安委会办公室', roles: ['committee'] });
    hq = await t.createUser({ name: '指挥部', roles: ['hq'] });
    leader = await t.createUser({ name: '王建国', roles: ['leader'], towns: ['水头镇'] });
  });
  afterAll(() => t.close());

  const command = (user: TestUser, caseId: string, action: string, body: object = {}) =>
    t.post(user, `/api/hazards/${caseId}/${action}`, body);

  it('lists, plans, controls, rectifies, is sent back once, and closes', async () => {
    const listed = await t.post(committee, '/api/hazards', freshListing()).expect(201);
    const id: string = listed.body.id;
    expect(listed.body).toEqual({ id, state: 'listed', version: 1 });
    expect(listed.headers.etag).toBe('"1"');
    expect(listed.headers.location).toBe(`/api/hazards/${id}`);

    const steps: Array<[TestUser, string, object, string]> = [
      [
        hq,
        'assign-leader',
        { leaderId: leader.id, leaderName: '王建国' },
        'leaderAssigned.awaitingPlan',
      ],
      [leader, 'submit-plan', planBody, 'leaderAssigned.planSubmitted'],
      [
        committee,
        'reject-plan',
        { reason: '管控措施未覆盖夜间作业' },
        'leaderAssigned.awaitingPlan',
      ],
      [leader, 'submit-plan', planBody, 'leaderAssigned.planSubmitted'],
      [committee, 'approve-plan', {}, 'planApproved'],
      [
        leader,
        'request-extension',
        { deadline: '2027-02-28T18:00:00+08:00', reason: '材料延迟到货' },
        'planApproved',
      ],
      [committee, 'refuse-extension', { reason: '理由不充分' }, 'planApproved'],
      [
        leader,
        'request-extension',
        { deadline: '2027-02-28T18:00:00+08:00', reason: '寒潮停工' },
        'planApproved',
      ],
      [committee, 'approve-extension', { reason: '同意延期' }, 'planApproved'],
      [leader, 'confirm-controls', { note: '已设置警戒区并停止作业' }, 'controlsInPlace'],
      [leader, 'record-progress', { note: '施工队已进场加固' }, 'controlsInPlace'],
      [leader, 'report-rectified', { summary: '承重墙已加固并检测合格' }, 'rectified'],
      [committee, 'reject-rectification', { reason: '复查发现裂缝仍在扩展' }, 'controlsInPlace'],
      [leader, 'report-rectified', { summary: '二次加固完成' }, 'rectified'],
      [committee, 'close', { note: '经验收合格，同意销号' }, 'closed'],
    ];
    let version = 1;
    for (const [user, action, body, state] of steps) {
      clock.advance(60 * 60 * 1000);
      const response = await command(user, id, action, body).set('If-Match', `"${version}"`);
      expect({ action, status: response.status, body: response.body }).toEqual({
        action,
        status: 200,
        body: { id, state, version: version + 1 },
      });
      expect(response.headers.etag).toBe(`"${version + 1}"`);
      version += 1;
    }

    const events = await t.events(id);
    expect(events.map((e) => e.type)).toEqual([
      'HazardListed',
      'LeaderAssigned',
      'PlanSubmitted',
      'PlanRejected',
      'PlanSubmitted',
      'PlanApproved',
      'ExtensionRequested',
      'ExtensionRefused',
      'ExtensionRequested',
      'ExtensionApproved',
      'ControlsConfirmed',
      'ProgressRecorded',
      'RectificationReported',
      'RectificationRejected',
      'RectificationReported',
      'CaseClosed',
    ]);
    expect(events[1].data).toEqual({
      leader: { id: leader.id, name: '王建国' },
      planDeadline: '2026-12-03T09:00:00+08:00',
    });
    expect(events[1].metadata).toMatchObject({
      actor: { userId: hq.id, name: '指挥部', role: 'hq' },
      occurredAt: '2026-11-30T09:00:00+08:00',
    });
    expect(events[9].data).toMatchObject({
      kind: 'rectification',
      deadline: '2027-02-28T18:00:00+08:00',
    });
    expect(events[15].metadata).toMatchObject({
      actor: { userId: committee.id, role: 'committee' },
    });
  });

  it('stores Chinese text exactly as sent', async () => {
    const listingBody = freshListing();
    const listed = await t.post(committee, '/api/hazards', listingBody).expect(201);
    await command(hq, listed.body.id, 'assign-leader', {
      leaderId: leader.id,
      leaderName: '王建国',
    }).expect(200);
    await command(leader, listed.body.id, 'submit-plan', planBody).expect(200);
    const [listedEvent, , planEvent] = await t.events(listed.body.id);
    expect(listedEvent.data).toEqual({ caseId: listed.body.id, listing: listingBody });
    expect(planEvent.data).toEqual({ plan: planBody });
    const history = await t
      .http()
      .get(`/api/hazards/${listed.body.id}/events`)
      .set('Authorization', committee.auth)
      .expect(200);
    expect(history.body.items[0].data.listing).toEqual(listingBody);
    expect(history.body.items[2].data.plan).toEqual(planBody);
    expect(history.body.nextCursor).toBeNull();
  });
});
