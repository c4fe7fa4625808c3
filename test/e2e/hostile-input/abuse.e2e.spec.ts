import { freshListing } from '../../support/hazard-requests';
import { startTestApp } from '../../support/test-app';
import type { TestApp, TestUser } from '../../support/test-app';

const FAILURES_ALLOWED = 5;

describe('abuse: guessing tokens, huge error lists, headers', () => {
  let t: TestApp;
  let committee: TestUser;
  const eventCount = async () => (await t.store.readAll(null, 1_000_000)).length;

  beforeAll(async () => {
    process.env.AUTH_FAILURE_LIMIT = String(FAILURES_ALLOWED);
    t = await startTestApp();
    committee = await t.createUser({ name: '安委会办公室', roles: ['committee'] });
  });
  afterAll(async () => {
    delete process.env.AUTH_FAILURE_LIMIT;
    await t.close();
  });

  it('lists the first 20 of 6,000 unknown fields and counts the rest, in a short answer', async () => {
    const before = await eventCount();
    const junk = Object.fromEntries(Array.from({ length: 6000 }, (_, i) => [`f${i}`, 1]));
    const response = await t.post(committee, '/api/hazards', { ...freshListing(), ...junk });
    expect(response.status).toBe(422);
    expect(response.body.errors).toHaveLength(20);
    expect(response.body.errors[0]).toEqual({ field: 'f0', message: '不允许的字段 f0' });
    expect(response.body).toMatchObject({
      omittedErrors: 5980,
      detail: '有 6000 处字段不符合要求，详见 errors（列出前 20 处）',
    });
    expect(response.text.length).toBeLessThan(5000);
    expect(await eventCount()).toBe(before);
  });

  it('words field errors in the language asked for', async () => {
    const body = { ...freshListing(), title: ' ', town: '水头\n镇', priority: 'critical' };
    const zh = await t.post(committee, '/api/hazards', body).expect(422);
    expect(zh.body.errors).toEqual([
      { field: 'title', message: 'title 不能为空白' },
      { field: 'town', message: 'town 须为单行文字，不能包含换行、制表符等控制字符' },
      {
        field: 'priority',
        message: 'priority 必须是以下值之一：urgent, serious, minor, deferrable',
      },
    ]);
    const en = await t.post(committee, '/api/hazards', body).set('Accept-Language', 'en');
    expect(en.body.errors.map((e: { message: string }) => e.message)).toEqual([
      'title must not be blank',
      'town must be a single line without control characters (line breaks, tabs, …)',
      'priority must be one of the following values: urgent, serious, minor, deferrable',
    ]);
  });

  it('stores text normalised: NFC, trimmed, line breaks as LF', async () => {
    const response = await t
      .post(committee, '/api/hazards', {
        ...freshListing(),
        title: '  Cafe\u0301 厂房  ',
        description: '第一行\r\n第二行\r第三行',
      })
      .expect(201);
    const [listed] = await t.events(response.body.id);
    expect(listed.data).toMatchObject({
      listing: { title: 'Caf\u00e9 厂房', description: '第一行\n第二行\n第三行' },
    });
  });

  it('has no form parser to reach: the app runs without Nest’s body parsers', () => {
    const stack = (
      t.app.getHttpAdapter().getInstance() as { router: { stack: Array<{ name: string }> } }
    ).router.stack;
    expect(stack.map((layer) => layer.name)).toContain('jsonParser');
    expect(stack.map((layer) => layer.name)).not.toContain('urlencodedParser');
  });

  it('sends security headers on every answer, and no-store on data', async () => {
    const answers = await Promise.all([
      t.http().get('/health'),
      t.http().get('/api/hazards').set('Authorization', committee.auth),
      t.http().get('/api/hazards'),
      t.http().get('/api/no-such-route').set('Authorization', committee.auth),
      t.http().get('/docs/'),
    ]);
    for (const answer of answers) {
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
      expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(answer.headers['x-frame-options']).toBe('DENY');
    }
    expect(answers.slice(0, 4).map((a) => a.headers['cache-control'])).toEqual(
      Array(4).fill('no-store'),
    );
    expect(answers[4].status).toBe(200);
    expect(answers[4].headers['cache-control']).not.toBe('no-store');
  });

  it('throttles failed authentication per address: 429 with Retry-After, even for a good token', async () => {
    const guess = (token: string) =>
      t.http().get('/api/hazards').set('Authorization', `Bearer ${token}`);
    for (let i = 0; i < FAILURES_ALLOWED; i += 1) {
      await guess(`hz_guess-${i}`).expect(401);
    }
    const blocked = await guess('hz_guess-last');
    expect(blocked.status).toBe(429);
    expect(blocked.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(blocked.body).toMatchObject({ type: '/problems/too-many-failed-authentications' });
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.body.retryAfter).toBe(Number(blocked.headers['retry-after']));
    await t.http().get('/api/hazards').set('Authorization', committee.auth).expect(429);
    await t.http().get('/health').set('Authorization', 'Bearer hz_guess-health').expect(429);
    // A public route asked without a token still answers.
    await t.http().get('/health').expect(200);
  });
});
