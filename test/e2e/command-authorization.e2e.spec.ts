import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { freshListing, planBody } from '../support/hazard-requests';
import { startTestApp } from '../support/test-app';
import type { TestApp, TestUser } from '../support/test-app';

type Users = Record<
  'committee' | 'hq' | 'leader' | 'otherLeader' | 'viewer' | 'town' | 'outsider' | 'admin',
  TestUser
>;

describe('who may run which command, over HTTP', () => {
  let t: TestApp;
  let u: Users;

  beforeAll(async () => {
    t = await startTestApp();
    u = {
      committee: await t.createUser({ name: '安委会办公室', roles: ['committee'] }),
      hq: await t.createUser({ name: '指挥部', roles: ['hq'] }),
      leader: await t.createUser({ name: '王建国', roles: ['leader'] }),
      otherLeader: await t.createUser({ name: '陈志强', roles: ['leader'] }),
      viewer: await t.createUser({ name: '观察员', roles: ['viewer'] }),
      town: await t.createUser({
        name: '水头镇安办',
        roles: ['town', 'leader'],
        towns: ['水头镇'],
      }),
      outsider: await t.createUser({
        name: '石井镇领导',
        roles: ['committee', 'hq', 'leader'],
        towns: ['石井镇'],
      }),
      admin: { id: 'admin', name: 'Administrator', token: '', auth: t.adminAuth },
    };
  });
  afterAll(() => t.close());

  const post = (user: TestUser, path: string, body: object = {}) => t.post(user, path, body);

  async function caseIn(state: 'listed' | 'awaitingPlan' | 'planSubmitted' | 'rectified') {
    const { body } = await post(u.committee, '/api/hazards', freshListing()).expect(201);
    const id: string = body.id;
    const steps: Array<[TestUser, string, object]> = [
      [u.hq, 'assign-leader', { leaderId: u.leader.id, leaderName: '王建国' }],
      [u.leader, 'submit-plan', planBody],
      [u.committee, 'approve-plan', {}],
      [u.leader, 'confirm-controls', { note: '已落实' }],
      [u.leader, 'report-rectified', { summary: '已整改' }],
    ];
    const count = { listed: 0, awaitingPlan: 1, planSubmitted: 2, rectified: 5 }[state];
    for (const [user, action, body] of steps.slice(0, count)) {
      await post(user, `/api/hazards/${id}/${action}`, body).expect(200);
    }
    return id;
  }

  it('answers 401 with problem+json to a missing, malformed or unknown token', async () => {
    for (const header of [undefined, 'Basic abc', 'Bearer hz_not-a-real-token']) {
      const req = t.http().post('/api/hazards').send(freshListing());
      const response = await (header ? req.set('Authorization', header) : req);
      expect(response.status).toBe(401);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.headers['www-authenticate']).toBe('Bearer');
      expect(response.body).toMatchObject({ status: 401, code: 'unauthorized' });
    }
  });

  it('keeps only a hash of each token, in the events and in the read model', async () => {
    await t.readModelsCaughtUp();
    for (const file of ['events.sqlite', 'identity.sqlite']) {
      const files = [file, `${file}-wal`].map((f) => t.dataDir.file(f));
      const stored = Buffer.concat(files.filter(existsSync).map((f) => readFileSync(f)));
      expect({ file, named: stored.includes(u.leader.name) }).toEqual({ file, named: true });
      for (const user of [u.committee, u.leader, u.town]) {
        const hash = createHash('sha256').update(user.token).digest('hex');
        expect({ file, token: stored.includes(user.token), hash: stored.includes(hash) }).toEqual({
          file,
          token: false,
          hash: true,
        });
      }
    }
  });

  it('lets only an admin create users', async () => {
    for (const user of [u.committee, u.hq, u.viewer]) {
      const response = await post(user, '/api/users', { name: '张三', roles: ['viewer'] });
      expect(response.status).toBe(403);
    }
  });

  it('lets only the committee list a hazard, and appends nothing otherwise', async () => {
    const allEvents = async () => (await t.store.readAll(null, 1_000_000)).length;
    const before = await allEvents();
    for (const user of [u.hq, u.leader, u.viewer, u.admin, u.outsider]) {
      const response = await post(user, '/api/hazards', freshListing());
      expect({ user: user.name, status: response.status, code: response.body.code }).toEqual({
        user: user.name,
        status: 403,
        code: 'forbidden',
      });
    }
    expect(await allEvents()).toBe(before);
  });

  const forbidden: Array<{
    state: 'listed' | 'awaitingPlan' | 'planSubmitted' | 'rectified';
    action: string;
    body: (users: Users) => object;
    who: Array<keyof Users>;
  }> = [
    {
      state: 'listed',
      action: 'assign-leader',
      body: (users) => ({ leaderId: users.leader.id, leaderName: '王建国' }),
      who: ['leader', 'viewer', 'town', 'admin', 'outsider'],
    },
    {
      state: 'awaitingPlan',
      action: 'submit-plan',
      body: () => planBody,
      who: ['committee', 'hq', 'otherLeader', 'viewer', 'admin', 'outsider'],
    },
    {
      state: 'planSubmitted',
      action: 'approve-plan',
      body: () => ({}),
      who: ['hq', 'leader', 'viewer'],
    },
    {
      state: 'planSubmitted',
      action: 'reject-plan',
      body: () => ({ reason: '不同意' }),
      who: ['hq', 'leader', 'outsider'],
    },
    {
      state: 'awaitingPlan',
      action: 'request-extension',
      body: () => ({ deadline: '2027-06-30T18:00:00+08:00', reason: '需要更多时间' }),
      who: ['committee', 'otherLeader', 'town'],
    },
    {
      state: 'rectified',
      action: 'close',
      body: () => ({ note: '同意销号' }),
      who: ['hq', 'leader', 'town', 'viewer', 'outsider'],
    },
    {
      state: 'rectified',
      action: 'reject-rectification',
      body: () => ({ reason: '不合格' }),
      who: ['hq', 'leader'],
    },
  ];

  it.each(forbidden)('$action in $state: 403 for $who, no event appended', async (row) => {
    const id = await caseIn(row.state);
    const before = await t.events(id);
    for (const who of row.who) {
      const response = await post(u[who], `/api/hazards/${id}/${row.action}`, row.body(u));
      expect({ who, status: response.status, code: response.body.code }).toEqual({
        who,
        status: 403,
        code: 'forbidden',
      });
    }
    expect(await t.events(id)).toEqual(before);
  });

  it('renders 403 in Chinese by default and in English on request', async () => {
    const id = await caseIn('listed');
    const zh = await post(u.viewer, `/api/hazards/${id}/approve-plan`);
    expect(zh.body).toMatchObject({
      title: '无权操作',
      detail: '您的角色或辖区无权对该案件执行此操作',
    });
    expect(zh.headers['content-language']).toBe('zh-CN');
    const en = await post(u.viewer, `/api/hazards/${id}/approve-plan`).set(
      'Accept-Language',
      'en-US,en;q=0.9,zh;q=0.5',
    );
    expect(en.body).toMatchObject({
      title: 'Forbidden',
      detail: 'ApprovePlan needs role committee',
    });
  });

  it('hands the case to a reassigned leader and takes it from the old one', async () => {
    const id = await caseIn('awaitingPlan');
    const reassigned = await post(u.hq, `/api/hazards/${id}/reassign-leader`, {
      leaderId: u.otherLeader.id,
      leaderName: '陈志强',
      reason: '原挂牌领导工作调动',
    });
    expect(reassigned.body).toMatchObject({ state: 'leaderAssigned.awaitingPlan', version: 3 });
    await post(u.leader, `/api/hazards/${id}/submit-plan`, planBody).expect(403);
    await post(u.otherLeader, `/api/hazards/${id}/submit-plan`, planBody).expect(200);
  });

  it('lets the responsible department speak for the case', async () => {
    const department = await t.createUser({
      name: '南安市应急管理局',
      roles: ['department'],
      departments: [planBody.responsibleDepartment],
    });
    const id = await caseIn('planSubmitted');
    await post(u.committee, `/api/hazards/${id}/approve-plan`).expect(200);
    const response = await post(department, `/api/hazards/${id}/confirm-controls`, {
      note: '已落实',
    });
    expect(response.body).toMatchObject({ state: 'controlsInPlace' });
  });
});
