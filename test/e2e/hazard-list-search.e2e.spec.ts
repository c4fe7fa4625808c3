import { DAY_MS, ManualClock } from '@hazard/domain';
import { listingBody } from '../support/hazard-requests';
import { startTestApp } from '../support/test-app';
import type { TestApp, TestUser } from '../support/test-app';

interface Item {
  id: string;
  title: string;
  town: string;
  industryAuthority: string;
  deadlineInForce: { kind: string; deadline: string } | null;
  overdue: boolean;
  escalationLevel: string | null;
}

interface Page {
  items: Item[];
  total: number;
  page: number | null;
  nextCursor: string | null;
}

const NOW = new Date('2026-11-30T00:00:00Z');

describe('the hazard list: search, sort, industry authority, due within N days', () => {
  const clock = new ManualClock(NOW);
  let t: TestApp;
  let committee: TestUser;
  let leader: TestUser;
  let shuitou: TestUser;
  let farLeader: TestUser;
  const ids: Record<string, string> = {};
  const keyOf = (id: string) => Object.keys(ids).find((k) => ids[k] === id);

  const get = (user: TestUser, query: string) =>
    t.http().get(`/api/hazards?${query}`).set('Authorization', user.auth);
  const list = async (query: string, user = committee) =>
    (await get(user, query).expect(200)).body as Page;
  const keys = async (query: string, user = committee) =>
    (await list(query, user)).items.map((i) => keyOf(i.id));
  const q = (text: string) => `q=${encodeURIComponent(text)}`;

  async function listHazard(key: string, fields: Partial<typeof listingBody>) {
    const { body } = await t
      .post(committee, '/api/hazards', { ...listingBody, ...fields })
      .expect(201);
    ids[key] = body.id;
  }
  const command = (key: string, action: string, body: object, user = committee) =>
    t.post(user, `/api/hazards/${ids[key]}/${action}`, body).expect(200);

  beforeAll(async () => {
    t = await startTestApp({ clock });
    committee = await t.createUser({ name: '安委会办公室', roles: ['committee'] });
    leader = await t.createUser({ name: '陈建国', roles: ['leader'] });
    shuitou = await t.createUser({ name: '水头镇安办', roles: ['town'], towns: ['水头镇'] });
    // Scoped to 省新镇, and leading b in 官桥镇.
    farLeader = await t.createUser({ name: '林志强', roles: ['leader'], towns: ['省新镇'] });
    const notice = (n: number) => `南安安委督〔2026〕${n}号`;
    await listHazard('a', {
      title: '石材厂承重墙开裂',
      unitName: '南安市水头某石材有限公司',
      town: '水头镇',
      industryAuthority: '住建局',
      priority: 'urgent',
      noticeNumber: notice(1),
    });
    await listHazard('b', {
      title: '危化品仓库防雷设施失效',
      unitName: '官桥某化工有限公司',
      town: '官桥镇',
      industryAuthority: '应急管理局',
      priority: 'serious',
      noticeNumber: notice(2),
    });
    await listHazard('c', {
      title: '自建房屋结构裂缝',
      unitName: '溪美某出租屋',
      town: '溪美街道',
      industryAuthority: '住建局',
      priority: 'minor',
      noticeNumber: notice(3),
    });
    await listHazard('d', {
      title: '商场电梯超期未检验',
      unitName: '柳城某商场',
      town: '柳城街道',
      industryAuthority: '市场监管局',
      priority: 'urgent',
      noticeNumber: notice(4),
    });
    await listHazard('e', {
      title: '消防通道堵塞',
      unitName: 'Shuitou Stone MALL Co.',
      town: '水头镇',
      industryAuthority: '消防救援大队',
      priority: 'deferrable',
      noticeNumber: notice(5),
    });
    for (const key of ['a', 'd', 'e']) {
      await command(key, 'assign-leader', { leaderId: leader.id, leaderName: leader.name });
    }
    await command('b', 'assign-leader', { leaderId: farLeader.id, leaderName: farLeader.name });
    await command(
      'd',
      'submit-plan',
      {
        responsibleDepartment: '市场监管局',
        responsiblePerson: '李明',
        deadline: '2026-12-20T18:00:00+08:00',
        controlMeasures: ['停用电梯'],
      },
      leader,
    );
    await command('d', 'approve-plan', {});
    // Four days on: a's 3-day plan deadline (urgent) has passed, nobody has recorded it yet.
    clock.set(new Date(NOW.getTime() + 4 * DAY_MS));
    await t.readModelsCaughtUp();
  });
  afterAll(() => t.close());

  it('gives each item its industry authority, deadline in force, overdue flag and level', async () => {
    const { items } = await list('');
    const a = items.find((i) => i.id === ids.a);
    expect(a).toMatchObject({
      industryAuthority: '住建局',
      deadlineInForce: { kind: 'planSubmission', deadline: '2026-12-03T08:00:00+08:00' },
      overdue: true,
      escalationLevel: null,
    });
    expect(items.find((i) => i.id === ids.c)).toMatchObject({
      deadlineInForce: null,
      overdue: false,
    });
    expect(items.find((i) => i.id === ids.d)?.deadlineInForce).toEqual({
      kind: 'rectification',
      deadline: '2026-12-20T18:00:00+08:00',
    });
  });

  it('finds Chinese substrings of any length in title, unit name and notice number', async () => {
    expect(await keys(q('裂缝'))).toEqual(['c']);
    expect(await keys(q('开裂'))).toEqual(['a']);
    expect(await keys(q('裂'))).toEqual(['c', 'a']);
    expect(await keys(q('石材'))).toEqual(['a']);
    expect(await keys(q('水头某石材有限'))).toEqual(['a']);
    expect(await keys(q('有限公司'))).toEqual(['b', 'a']);
    expect(await keys(q('〔2026〕3号'))).toEqual(['c']);
    expect(await keys(q('2026 3号'))).toEqual(['c']);
    expect(await keys(q('stone mall'))).toEqual(['e']);
    expect(await keys(q('ＭＡＬＬ'))).toEqual(['e']);
    expect(await keys(q('溪美'))).toEqual(['c']);
    expect(await keys(q('化工厂'))).toEqual([]);
    expect((await list(q('裂'))).total).toBe(2);
  });

  it('does not match across the ends of two fields', async () => {
    // a's title ends in 裂, its unit name begins with 南安.
    expect(await keys(q('裂南'))).toEqual([]);
  });

  it('filters by industry authority and by "due within N days", overdue cases excluded', async () => {
    expect(await keys(`industryAuthority=${encodeURIComponent('住建局')}`)).toEqual(['c', 'a']);
    expect(await keys('dueWithinDays=7')).toEqual(['b']);
    expect(await keys('dueWithinDays=30')).toEqual(['e', 'd', 'b']);
    expect(await keys('dueWithinDays=30&overdue=true')).toEqual([]);
    expect(await keys('overdue=true')).toEqual(['a']);
  });

  it('sorts by listing time and by the deadline in force, cases without one last', async () => {
    expect(await keys('')).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect(await keys('sort=-listedAt')).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect(await keys('sort=listedAt')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(await keys('sort=deadline')).toEqual(['a', 'b', 'd', 'e', 'c']);
    expect(await keys('sort=-deadline')).toEqual(['e', 'd', 'b', 'a', 'c']);
    expect(await keys('sort=deadline&page=2&pageSize=2')).toEqual(['d', 'e']);
    expect(await keys(`sort=deadline&${q('裂')}`)).toEqual(['a', 'c']);
  });

  const pagedByCursor = async (query: string, pageSize: number) => {
    const seen: Array<string | undefined> = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page = await list(`${query}&pageSize=${pageSize}${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((i) => keyOf(i.id)));
      cursor = page.nextCursor;
    }
    return seen;
  };

  it.each(['listedAt', '-listedAt', 'deadline', '-deadline'])(
    'pages by cursor through the whole list sorted by %s, and through a search',
    async (sort) => {
      expect(await pagedByCursor(`sort=${sort}`, 2)).toEqual(await keys(`sort=${sort}`));
      const searched = `sort=${sort}&${q('有限')}`;
      expect(await pagedByCursor(searched, 1)).toEqual(await keys(searched));
      expect((await keys(searched)).sort()).toEqual(['a', 'b']);
    },
  );

  it('keeps search and sort within a town user’s jurisdiction', async () => {
    expect(await keys('sort=deadline', shuitou)).toEqual(['a', 'e']);
    expect(await keys(q('有限公司'), shuitou)).toEqual(['a']);
    expect(await keys(`sort=deadline&${q('有限公司')}`, farLeader)).toEqual(['b']);
  });

  it('counts as many cases as it lists, however it counts them', async () => {
    const queries = [
      '',
      'state=leaderAssigned',
      'state=leaderAssigned.awaitingPlan',
      'state=listed',
      `town=${encodeURIComponent('水头镇')}`,
      `industryAuthority=${encodeURIComponent('住建局')}&state=listed`,
      'priority=urgent',
      'overdue=false',
      q('有限'),
    ];
    for (const user of [committee, shuitou, farLeader]) {
      for (const query of queries) {
        const listed = (await list(`${query}&pageSize=100`, user)).items.length;
        // A full first page leaves the total to be counted.
        const { total } = await list(`${query}&pageSize=1`, user);
        expect({ user: user.name, query, total }).toEqual({
          user: user.name,
          query,
          total: listed,
        });
      }
    }
  });

  it.each([
    ['q=' + encodeURIComponent('〔〕'), 'q'],
    ['sort=priority', 'sort'],
    ['dueWithinDays=0', 'dueWithinDays'],
    ['dueWithinDays=7.5', 'dueWithinDays'],
    ['industryAuthority=', 'industryAuthority'],
  ])('answers 422 naming the field for ?%s', async (query, field) => {
    const response = await get(committee, query).set('Accept-Language', 'en').expect(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
  });

  it('refuses a cursor made by another kind of sort', async () => {
    const { nextCursor } = await list('pageSize=1');
    const response = await get(committee, `sort=deadline&cursor=${nextCursor}`).expect(422);
    expect(response.body.errors).toEqual([
      { field: 'cursor', message: 'cursor 必须是上一页返回的 nextCursor' },
    ]);
  });
});
