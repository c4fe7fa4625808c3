import { ManualClock } from '@hazard/domain';
import { eventually } from '../support/deadline-harness';
import { at, digestScenario } from '../support/digest-scenario';
import { startTestApp } from '../support/test-app';
import type { TestApp, TestUser } from '../support/test-app';

describe('weekly digest over HTTP', () => {
  const clock = new ManualClock(at('2026-11-23T08:00:00'));
  let t: TestApp;
  let committee: TestUser;
  let hq: TestUser;
  let leader: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    committee = await t.createUser({ name: '安委会办公室', roles: ['committee'] });
    hq = await t.createUser({ name: '指挥部', roles: ['hq'] });
    leader = await t.createUser({ name: '王建国', roles: ['leader'] });
    await digestScenario(t.store, clock).week48();
    clock.set(at('2026-11-30T08:00:00'));
  });
  afterAll(() => t.close());

  const issue = (user: TestUser, body: object) =>
    t.http().post('/api/digests/weekly').set('Authorization', user.auth).send(body);
  const read = (user: TestUser, path: string) =>
    t.http().get(`/api/digests/weekly/${path}`).set('Authorization', user.auth);

  it('refuses a leader (403) and a week that has not ended or is malformed (422)', async () => {
    await issue(leader, { week: '2026-W48' }).expect(403);
    const running = await issue(committee, { week: '2026-W49' }).expect(422);
    expect(running.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(running.body.errors).toEqual([{ field: 'week', message: expect.any(String) }]);
    const malformed = await issue(committee, { week: '2026-48' }).expect(422);
    expect(malformed.body.errors[0].field).toBe('week');
    await issue(committee, { week: '2026-W53', extra: 1 }).expect(422);
  });

  it('refuses weeks before the record begins, null for a week, and a body that is not JSON', async () => {
    const before = (await t.store.readAll(null, 1_000_000)).length;
    for (const week of ['2026-W47', '1970-W01']) {
      const early = await issue(committee, { week }).set('Accept-Language', 'en').expect(422);
      expect(early.body.errors).toEqual([
        {
          field: 'week',
          message: `week ${week} is before the record begins; the earliest week is 2026-W48`,
        },
      ]);
    }
    const nullWeek = await issue(committee, { week: null }).expect(422);
    expect(nullWeek.body.errors[0].field).toBe('week');
    const asText = await t
      .http()
      .post('/api/digests/weekly')
      .set('Authorization', committee.auth)
      .set('Content-Type', 'text/plain')
      .send('{"week":"2026-W48"}')
      .expect(415);
    expect(asText.body.type).toBe('/problems/unsupported-media-type');
    expect((await t.store.readAll(null, 1_000_000)).length).toBe(before);
  });

  it('issues a week once: 201 the first time, 200 with the same stored digest after', async () => {
    const first = await issue(committee, { week: '2026-W48' }).expect(201);
    expect(first.headers.location).toBe('/api/digests/weekly/2026-W48');
    expect(first.body).toMatchObject({
      week: '2026-W48',
      issuedAt: '2026-11-30T08:00:00+08:00',
      issuedBy: { name: '安委会办公室', role: 'committee' },
    });
    expect(first.body.digest.totals).toMatchObject({ listed: 6, rectified: 2, overdue: 1 });
    // Without a week, the last completed week: the same one.
    const again = await issue(committee, {}).expect(200);
    expect(again.body).toEqual(first.body);
    expect(await t.store.read('digest-weekly-2026-W48')).toHaveLength(1);
  });

  it('tells every committee member, town-scoped or not, that the digest was issued', async () => {
    const townCommittee = await t.createUser({
      name: '官桥镇安委办',
      roles: ['committee'],
      towns: ['官桥镇'],
    });
    const inbox = (user: TestUser, lang = 'zh-CN') =>
      t
        .http()
        .get('/api/notifications')
        .set('Authorization', user.auth)
        .set('Accept-Language', lang)
        .expect(200);
    const digestNotices = async (user: TestUser, lang?: string) =>
      (await inbox(user, lang)).body.items.filter(
        (item: { type: string }) => item.type === 'WeeklyDigestIssued',
      );
    await eventually(async () => expect(await digestNotices(committee)).toHaveLength(1));
    const [zh] = await digestNotices(committee);
    expect(zh).toMatchObject({ week: '2026-W48', occurredAt: '2026-11-30T08:00:00+08:00' });
    expect(zh.body).toContain('全市挂牌督办重大隐患6条，完成整改2条');
    const [en] = await digestNotices(committee, 'en');
    expect(en.body).toContain('6 major hazards under listed supervision citywide: 2 rectified');
    expect(await digestNotices(townCommittee)).toHaveLength(1);
    expect(await digestNotices(leader)).toEqual([]);
  });

  it('serves the stored digest as JSON, Markdown and HTML, in zh-CN by default and English', async () => {
    const json = await read(hq, '2026-W48').expect(200);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(json.body.digest.lang).toBe('zh-CN');
    expect(json.body.digest.headline).toContain('全市挂牌督办重大隐患6条，完成整改2条');

    const md = await read(committee, '2026-W48?format=md&lang=en').expect(200);
    expect(md.headers['content-type']).toMatch(/^text\/markdown; charset=utf-8/);
    expect(md.text).toContain('# Weekly supervision digest of major hazards (2026-W48)');
    expect(md.text).toContain('6 major hazards under listed supervision citywide: 2 rectified');

    const html = await read(committee, '2026-W48?format=html').expect(200);
    expect(html.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
    expect(html.text).toMatch(/^<!doctype html>/);
    expect(html.text).toContain('<html lang="zh-CN">');
    expect(html.text).toContain('@media print');
    expect(html.text).not.toMatch(/<(script|link|img)\b/);
    expect(html.headers['content-security-policy']).toMatch(
      /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; base-uri 'none'/,
    );
    expect(html.headers['x-content-type-options']).toBe('nosniff');
    expect(html.headers['cache-control']).toBe('no-store');
  });

  it('shows the week still running as a provisional digest, stored nowhere', async () => {
    const current = await read(hq, 'current').expect(200);
    expect(current.body).toMatchObject({ week: '2026-W49', issuedAt: null, issuedBy: null });
    expect(current.body.digest).toMatchObject({
      provisional: true,
      asOf: '2026-11-30T08:00:00+08:00',
    });
    expect(current.body.digest.totals.listed).toBe(6);
    const md = await read(committee, 'current?format=md&lang=en').expect(200);
    expect(md.text).toContain(
      'The week is still running: provisional figures as of now, not issued.',
    );
    expect(await t.store.read('digest-weekly-2026-W49')).toHaveLength(0);
    await read(leader, 'current').expect(403);
  });

  it('answers 404 for a week not issued, 422 for a bad format, 403 for a leader', async () => {
    const missing = await read(committee, '2026-W47').expect(404);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    await read(committee, '2026-W48?format=pdf').expect(422);
    await read(committee, 'W48').expect(422);
    await read(leader, '2026-W48').expect(403);
  });
});
