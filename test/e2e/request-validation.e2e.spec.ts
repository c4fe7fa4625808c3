import { freshListing, planBody } from '../support/hazard-requests';
import { startTestApp } from '../support/test-app';
import type { TestApp, TestUser } from '../support/test-app';

describe('malformed and invalid requests', () => {
  let t: TestApp;
  let committee: TestUser;
  let leader: TestUser;
  let caseId: string;
  const allEvents = async () => (await t.store.readAll(null, 1_000_000)).length;

  beforeAll(async () => {
    t = await startTestApp();
    committee = await t.createUser({ name: '安委会办公室', roles: ['committee'] });
    leader = await t.createUser({ name: '王建国', roles: ['leader'] });
    const { body } = await t.post(committee, '/api/hazards', freshListing()).expect(201);
    caseId = body.id;
    await t
      .post(committee, `/api/hazards/${caseId}/assign-leader`, {
        leaderId: leader.id,
        leaderName: '王建国',
      })
      .expect(200);
  });
  afterAll(() => t.close());

  const listHazard = (body: object) =>
    t.post(committee, '/api/hazards', body).set('Accept-Language', 'en');
  const submitPlan = (body: object) =>
    t.post(leader, `/api/hazards/${caseId}/submit-plan`, body).set('Accept-Language', 'en');

  it('answers 400 to malformed JSON, in Chinese by default', async () => {
    const before = await allEvents();
    const response = await t
      .http()
      .post('/api/hazards')
      .set('Authorization', committee.auth)
      .set('Content-Type', 'application/json')
      .send('{"title": "某厂", ');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toEqual({
      type: '/problems/malformed-json',
      title: '请求体格式错误',
      status: 400,
      detail: '请求体不是合法的 JSON',
      instance: '/api/hazards',
      code: 'malformed-json',
    });
    expect(await allEvents()).toBe(before);
  });

  it('answers 413 to an oversized body', async () => {
    const before = await allEvents();
    const response = await listHazard({ ...freshListing(), description: '裂'.repeat(40_000) });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ code: 'payload-too-large', title: 'Payload too large' });
    expect(await allEvents()).toBe(before);
  });

  const invalidListings: Array<[string, object, Array<{ field: string; message: string }>]> = [
    [
      'an unknown field',
      { ...freshListing(), severity: 'high' },
      [{ field: 'severity', message: 'property severity should not exist' }],
    ],
    [
      'a wrong type',
      { ...freshListing(), title: 42 },
      [{ field: 'title', message: 'title must be a string' }],
    ],
    [
      'an over-long string',
      { ...freshListing(), title: '隐'.repeat(201) },
      [{ field: 'title', message: 'title must be shorter than or equal to 200 characters' }],
    ],
    [
      'a blank string',
      { ...freshListing(), town: '   ' },
      [{ field: 'town', message: 'town must not be blank' }],
    ],
    [
      'an unknown priority',
      { ...freshListing(), priority: 'critical' },
      [
        {
          field: 'priority',
          message:
            'priority must be one of the following values: urgent, serious, minor, deferrable',
        },
      ],
    ],
    [
      'a nested error',
      { ...freshListing(), criterion: { standard: 'GB 50292', clause: '' } },
      [{ field: 'criterion.clause', message: 'clause must not be blank' }],
    ],
  ];

  it.each(invalidListings)('answers 422 naming the field for %s', async (_what, body, errors) => {
    const before = await allEvents();
    const response = await listHazard(body);
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: 'validation-failed', title: 'Validation failed' });
    expect(response.body.errors).toEqual(errors);
    expect(await allEvents()).toBe(before);
  });

  const invalidPlans: Array<[string, object, string]> = [
    ['a date without offset', { ...planBody, deadline: '2027-01-29T18:00:00' }, 'deadline'],
    ['a date only', { ...planBody, deadline: '2027-01-29' }, 'deadline'],
    ['an impossible date', { ...planBody, deadline: '2027-02-30T18:00:00+08:00' }, 'deadline'],
    ['no control measure', { ...planBody, controlMeasures: [] }, 'controlMeasures'],
    [
      'a blank control measure',
      { ...planBody, controlMeasures: ['设置警戒区', ' '] },
      'controlMeasures.1',
    ],
    [
      'an over-long control measure',
      { ...planBody, controlMeasures: ['措'.repeat(501)] },
      'controlMeasures.0',
    ],
    ['a missing field', { ...planBody, responsiblePerson: undefined }, 'responsiblePerson'],
    ['a deadline in the past', { ...planBody, deadline: '2020-01-01T00:00:00+08:00' }, 'deadline'],
  ];

  it.each(invalidPlans)('answers 422 to a plan with %s', async (_what, body, field) => {
    const before = await allEvents();
    const response = await submitPlan(body);
    expect(response.status).toBe(422);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await allEvents()).toBe(before);
  });

  it('explains a field failure in Chinese by default', async () => {
    const response = await t.post(leader, `/api/hazards/${caseId}/submit-plan`, {
      ...planBody,
      controlMeasures: [],
    });
    expect(response.body).toMatchObject({
      title: '请求数据校验未通过',
      detail: '有 1 处字段不符合要求，详见 errors',
    });
  });

  it('answers 400 to a malformed Idempotency-Key', async () => {
    const response = await listHazard(freshListing()).set('Idempotency-Key', 'two words');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'invalid-header', header: 'Idempotency-Key' });
  });

  it('refuses an unknown field on approve-plan, and approves with an empty body', async () => {
    await submitPlan(planBody).expect(200);
    const approve = (body?: object) =>
      t.post(committee, `/api/hazards/${caseId}/approve-plan`, body).set('Accept-Language', 'en');
    const before = await allEvents();
    const refused = await approve({ comment: '同意' });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([
      { field: 'comment', message: 'property comment should not exist' },
    ]);
    expect(await allEvents()).toBe(before);
    await approve().expect(200);
    expect((await t.events(caseId)).at(-1)?.type).toBe('PlanApproved');
  });
});
