import { listingBody, planBody } from '../support/hazard-requests';
import { startTestApp } from '../support/test-app';
import type { TestApp, TestUser } from '../support/test-app';

/**
 * Issue 9's holes, closed: a leader from another town can advance the case it leads; the
 * case's own side cannot check its own work; a digest shows only its reader's jurisdiction.
 */
describe('duties and jurisdiction, over HTTP', () => {
  let t: TestApp;
  let committee: TestUser;
  let notice = 0;

  beforeAll(async () => {
    t = await startTestApp();
    committee = await t.createUser({ name: '安委会办公室', roles: ['committee'] });
  });
  afterAll(() => t.close());

  const list = async (
    town = listingBody.town,
    industryAuthority = listingBody.industryAuthority,
  ) => {
    notice += 1;
    const body = {
      ...listingBody,
      town,
      industryAuthority,
      noticeNumber: `南安安委督〔2026〕${notice}号`,
    };
    return (await t.post(committee, '/api/hazards', body).expect(201)).body.id as string;
  };
  const act = (user: TestUser, id: string, action: string, body: object = {}) =>
    t.post(user, `/api/hazards/${id}/${action}`, body);
  const assign = (id: string, leader: TestUser) =>
    act(committee, id, 'assign-leader', { leaderId: leader.id, leaderName: leader.name }).expect(
      200,
    );

  describe('a leader from another town', () => {
    it('reads and advances the case it leads, and only that one', async () => {
      const far = await t.createUser({
        name: '英都镇 林国强',
        roles: ['leader'],
        towns: ['英都镇'],
      });
      const led = await list();
      const other = await list();
      await assign(led, far);
      await t.http().get(`/api/hazards/${led}/events`).set('Authorization', far.auth).expect(200);
      await act(far, led, 'submit-plan', planBody).expect(200);
      await act(far, led, 'record-progress', { note: '施工队已进场' }).expect(200);
      const refused = await act(far, other, 'record-progress', { note: '越权' }).expect(403);
      expect(refused.body.type).toBe('/problems/forbidden');
    });
  });

  describe('separation of duties', () => {
    it('keeps the leader and the fix reporter from approving or accepting their own work', async () => {
      const both = await t.createUser({ name: '兼任 王建国', roles: ['committee', 'leader'] });
      const reporter = await t.createUser({
        name: '住建局 兼安委办',
        roles: ['committee', 'department'],
        departments: [listingBody.industryAuthority],
      });
      const id = await list();
      await assign(id, both);
      await act(both, id, 'submit-plan', planBody).expect(200);
      const before = (await t.events(id)).length;
      const approve = await act(both, id, 'approve-plan').expect(403);
      expect(approve.body).toMatchObject({
        type: '/problems/separation-of-duties',
        status: 403,
        command: 'ApprovePlan',
      });
      expect(approve.body.detail).toMatch(/挂牌领导/);
      expect(await t.events(id)).toHaveLength(before);
      await act(committee, id, 'approve-plan').expect(200);
      await act(both, id, 'confirm-controls', { note: '已设置警戒区' }).expect(200);
      await act(reporter, id, 'report-rectified', { summary: '已加固' }).expect(200);
      for (const user of [both, reporter]) {
        const close = await act(user, id, 'close', { note: '同意销号' }).expect(403);
        expect(close.body.type).toBe('/problems/separation-of-duties');
      }
      const independent = await act(committee, id, 'close', { note: '经验收合格，同意销号' });
      expect(independent.status).toBe(200);
      expect(independent.body.state).toBe('closed');
    });
  });

  describe('the weekly digest within its reader’s jurisdiction', () => {
    let shuitou: string;
    let guanqiao: string;

    beforeAll(async () => {
      shuitou = await list('水头镇', '住建局');
      guanqiao = await list('官桥镇', '应急管理局');
    });

    const current = (user: TestUser) =>
      t.http().get('/api/digests/weekly/current').set('Authorization', user.auth);
    const caseIds = (body: { digest: { openCases: Array<{ caseId: string }> } }) =>
      body.digest.openCases.map((c) => c.caseId);

    it('shows a town-scoped committee member its towns only, the same computation filtered', async () => {
      const town = await t.createUser({
        name: '官桥镇安委办',
        roles: ['committee'],
        towns: ['官桥镇'],
      });
      const city = (await current(committee).expect(200)).body;
      const scoped = (await current(town).expect(200)).body;
      expect(caseIds(city)).toEqual(expect.arrayContaining([shuitou, guanqiao]));
      expect(caseIds(scoped)).toContain(guanqiao);
      expect(caseIds(scoped)).not.toContain(shuitou);
      expect(Object.keys(scoped.digest.byTown)).toEqual(['官桥镇']);
      expect(scoped.digest.totals.listed).toBe(city.digest.byTown['官桥镇'].listed);
      expect(scoped.digest.scope).toEqual({ towns: ['官桥镇'], departments: [] });
      expect(scoped.digest.headline).toMatch(/官桥镇挂牌督办重大隐患/);
    });

    it('lets a town and a department read their own jurisdiction’s digest', async () => {
      const town = await t.createUser({ name: '水头镇安办', roles: ['town'], towns: ['水头镇'] });
      const dept = await t.createUser({
        name: '应急管理局',
        roles: ['department'],
        departments: ['应急管理局'],
      });
      const ofTown = caseIds((await current(town).expect(200)).body);
      expect(ofTown).toContain(shuitou);
      expect(ofTown).not.toContain(guanqiao);
      const ofDept = caseIds((await current(dept).expect(200)).body);
      expect(ofDept).toContain(guanqiao);
      expect(ofDept).not.toContain(shuitou);
    });

    it('refuses readers with no jurisdiction to show, and town-scoped issuers of the city’s digest', async () => {
      const viewer = await t.createUser({ name: '查阅人员', roles: ['viewer'] });
      const leader = await t.createUser({ name: '挂牌领导', roles: ['leader'] });
      for (const user of [viewer, leader]) {
        expect((await current(user).expect(403)).body.type).toBe('/problems/forbidden');
      }
      const town = await t.createUser({
        name: '石井镇安委办',
        roles: ['committee'],
        towns: ['石井镇'],
      });
      const before = (await t.store.readAll(null, 100_000)).length;
      await t.post(town, '/api/digests/weekly', {}).expect(403);
      expect(await t.store.readAll(null, 100_000)).toHaveLength(before);
    });
  });
});
