import { freshListing, planBody } from '../support/hazard-requests';
import { startTestApp } from '../support/test-app';
import type { TestApp, TestUser } from '../support/test-app';

describe('conflicts, versions and retries over HTTP', () => {
  let t: TestApp;
  let committee: TestUser;
  let leader: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    committee = await t.createUser({ name: '安委会办公室', roles: ['committee'] });
    leader = await t.createUser({ name: '王建国', roles: ['leader'] });
  });
  afterAll(() => t.close());

  const listHazard = (body: object = freshListing()) => t.post(committee, '/api/hazards', body);
  const post = (user: TestUser, id: string, action: string, body: object = {}) =>
    t.post(user, `/api/hazards/${id}/${action}`, body);
  const assign = (id: string) =>
    post(committee, id, 'assign-leader', { leaderId: leader.id, leaderName: '王建国' });

  it('answers 409 with the current state when the workflow does not allow the command', async () => {
    const { body } = await listHazard().expect(201);
    const response = await post(committee, body.id, 'approve-plan');
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      code: 'transition-not-allowed',
      state: 'listed',
      command: 'ApprovePlan',
      detail: '案件当前状态（已挂牌，待指定挂牌领导）不允许执行“批准方案”',
    });
    expect(await t.events(body.id)).toHaveLength(1);
  });

  it('answers 412 to a stale If-Match and 400 to a malformed one, appending nothing', async () => {
    const { body } = await listHazard().expect(201);
    await assign(body.id).set('If-Match', '"1"').expect(200);
    const stale = await post(leader, body.id, 'submit-plan', planBody).set('If-Match', '"1"');
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({
      code: 'version-mismatch',
      expectedVersion: 1,
      currentVersion: 2,
    });
    const malformed = await post(leader, body.id, 'submit-plan', planBody).set('If-Match', 'v2');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ code: 'invalid-header', header: 'If-Match' });
    expect(await t.events(body.id)).toHaveLength(2);
    await post(leader, body.id, 'submit-plan', planBody).set('If-Match', 'W/"2"').expect(200);
  });

  it('runs a command retried with the same Idempotency-Key once and answers the same', async () => {
    const { body } = await listHazard().expect(201);
    const first = await assign(body.id).set('Idempotency-Key', 'assign-1');
    const again = await assign(body.id).set('Idempotency-Key', 'assign-1');
    expect(again.status).toBe(first.status);
    expect(again.body).toEqual(first.body);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect((await t.events(body.id)).map((e) => e.type)).toEqual([
      'HazardListed',
      'LeaderAssigned',
    ]);
  });

  it('lists a hazard once when the POST is retried with the same key', async () => {
    const body = freshListing();
    const first = await listHazard(body).set('Idempotency-Key', 'list-1').expect(201);
    const again = await listHazard(body).set('Idempotency-Key', 'list-1').expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.location).toBe(first.headers.location);
    expect(await t.events(first.body.id)).toHaveLength(1);
    const other = await listHazard().set('Idempotency-Key', 'list-2').expect(201);
    expect(other.body.id).not.toBe(first.body.id);
  });

  it('refuses an Idempotency-Key sent again with another body (422), appending nothing', async () => {
    const body = freshListing();
    const first = await listHazard(body).set('Idempotency-Key', 'list-3').expect(201);
    const all = async () => (await t.store.readAll(null, 1_000_000)).length;
    const before = await all();
    const other = await t
      .post(committee, '/api/hazards', { ...body, title: '另一处隐患' })
      .set('Idempotency-Key', 'list-3');
    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({
      type: '/problems/idempotency-key-mismatch',
      code: 'idempotency-key-mismatch',
    });
    // Field order is not the body: the same fields reordered are the same request.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const retried = await t
      .post(committee, '/api/hazards', reordered)
      .set('Idempotency-Key', 'list-3');
    expect(retried.status).toBe(201);
    expect(retried.body).toEqual(first.body);
    expect(await all()).toBe(before);
  });

  it('refuses a key reused for another command on the case, and for the same one with another note', async () => {
    const { body } = await listHazard().expect(201);
    await assign(body.id).set('Idempotency-Key', 'step-1').expect(200);
    const otherCommand = await post(leader, body.id, 'submit-plan', planBody);
    expect(otherCommand.status).toBe(200);
    const sameKey = await post(committee, body.id, 'reassign-leader', {
      leaderId: leader.id,
      leaderName: '王建国',
    }).set('Idempotency-Key', 'step-1');
    expect(sameKey.status).toBe(422);
    expect(sameKey.body).toMatchObject({
      code: 'idempotency-key-reused',
      command: 'ReassignLeader',
    });
    await post(leader, body.id, 'record-progress', { note: '第一次' })
      .set('Idempotency-Key', 'progress-1')
      .expect(200);
    const changed = await post(leader, body.id, 'record-progress', { note: '第二次' }).set(
      'Idempotency-Key',
      'progress-1',
    );
    expect(changed.status).toBe(422);
    expect(changed.body.code).toBe('idempotency-key-mismatch');
    expect((await t.events(body.id)).map((e) => e.type)).toEqual([
      'HazardListed',
      'LeaderAssigned',
      'PlanSubmitted',
      'ProgressRecorded',
    ]);
  });

  it('keeps the correlation id on the event and echoes it', async () => {
    const response = await listHazard().set('X-Correlation-Id', 'weekly-meeting-48').expect(201);
    expect(response.headers['x-correlation-id']).toBe('weekly-meeting-48');
    const [event] = await t.events(response.body.id);
    expect(event.metadata).toMatchObject({ correlationId: 'weekly-meeting-48' });
  });

  it('answers 404 for a case that does not exist', async () => {
    for (const id of ['3f0e4a52-7d55-4c1b-9b0e-2a8f6f7d9c11', 'not-a-uuid']) {
      const response = await assign(id);
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ code: 'case-not-found' });
    }
  });

  it('rejects assigning someone who is not a leader', async () => {
    const { body } = await listHazard().expect(201);
    const response = await post(committee, body.id, 'assign-leader', {
      leaderId: committee.id,
      leaderName: '安委会办公室',
    });
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      { field: 'leaderId', message: '必须是已启用、具有挂牌领导（leader）角色的用户编号' },
    ]);
    expect(await t.events(body.id)).toHaveLength(1);
  });
});
