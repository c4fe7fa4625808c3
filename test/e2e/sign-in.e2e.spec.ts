import { existsSync, readFileSync } from 'node:fs';
import { ManualClock } from '@hazard/domain';
import { freshListing } from '../support/hazard-requests';
import { startTestApp } from '../support/test-app';
import type { SignedInUser, TestApp, TestUser } from '../support/test-app';

const HOUR = 60 * 60 * 1000;
const PASSWORD = '安委办-周一会商-2026';

/** People sign in to the console with a login and password; the cookie then acts for them. */
describe('signing in, sessions and CSRF, over HTTP', () => {
  const clock = new ManualClock(new Date('2026-11-30T09:00:00+08:00'));
  const passwords = [PASSWORD];
  const secrets: string[] = [];
  let logs = '';
  let t: TestApp;
  let clerk: TestUser;

  const me = (session: Pick<SignedInUser, 'headers'>) =>
    t.http().get('/api/me').set(session.headers);
  const signIn = async (login: string, password: string) => {
    const session = await t.signIn(login, password);
    secrets.push(session.cookie);
    return session;
  };
  const newUser = async (login: string, password: string) => {
    passwords.push(password);
    const user = await t.createUser({ name: `用户 ${login}`, roles: ['leader'], login, password });
    secrets.push(user.token);
    return user;
  };
  const allEvents = async () => (await t.store.readAll(null, 1_000_000)).length;

  beforeAll(async () => {
    // Everything the app logs, to show that no password or token ever reaches a log line.
    // Errors still reach the terminal; the rest (route mappings, ...) is only kept.
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      logs += String(chunk);
      return true;
    });
    const writeError = process.stderr.write.bind(process.stderr);
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk, ...rest) => {
      logs += String(chunk);
      return writeError(chunk, ...(rest as []));
    });
    t = await startTestApp({ clock, logLevels: ['log', 'error', 'warn', 'debug', 'verbose'] });
    clerk = await t.createUser({
      name: '安委会办公室 张三',
      roles: ['committee'],
      login: 'ZhangSan',
      password: PASSWORD,
    });
    secrets.push(clerk.token);
  });
  afterAll(async () => {
    await t.close();
    jest.restoreAllMocks();
  });

  it('signs in whatever the case of the login, with an httpOnly session cookie and a CSRF cookie', async () => {
    const response = await t
      .http()
      .post('/api/session')
      .send({ login: ' ZHANGSAN ', password: PASSWORD })
      .expect(200);
    expect(response.body).toEqual({
      user: {
        id: clerk.id,
        name: '安委会办公室 张三',
        login: 'zhangsan',
        roles: ['committee'],
        towns: [],
        unitId: null,
        departments: [],
      },
    });
    const cookies = ([] as string[]).concat(response.headers['set-cookie']);
    const session = cookies.find((c) => c.startsWith('hz_session='));
    const csrf = cookies.find((c) => c.startsWith('hz_csrf='));
    secrets.push(session ?? '');
    expect(session).toMatch(/^hz_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(csrf).toMatch(/^hz_csrf=[A-Za-z0-9_-]{43}; Path=\/; SameSite=Strict$/);
  });

  it('knows the same person by the cookie as by a bearer token', async () => {
    const session = await signIn('zhangsan', PASSWORD);
    const bySession = await me(session).expect(200);
    const byToken = await t.http().get('/api/me').set('Authorization', clerk.auth).expect(200);
    expect(bySession.body).toEqual(byToken.body);
    expect(bySession.body).toMatchObject({ id: clerk.id, login: 'zhangsan' });
    const admin = await t.http().get('/api/me').set('Authorization', t.adminAuth).expect(200);
    expect(admin.body).toEqual({
      id: 'admin',
      name: 'Administrator',
      login: null,
      roles: ['admin'],
      towns: [],
      unitId: null,
      departments: [],
    });
  });

  it('refuses a change made with the cookie unless X-CSRF-Token matches the hz_csrf cookie', async () => {
    const session = await signIn('zhangsan', PASSWORD);
    const other = await signIn('zhangsan', PASSWORD);
    const before = await allEvents();
    const list = () => t.http().post('/api/hazards').set('Cookie', session.cookie);
    const refusals = [
      await list().send(freshListing()),
      await list().set('X-CSRF-Token', 'not-the-token').send(freshListing()),
      // Both the header and the cookie of another session: a token bound to that session only.
      await t
        .http()
        .post('/api/hazards')
        .set('Cookie', `${session.cookie.split(';')[0]}; hz_csrf=${other.csrfToken}`)
        .set('X-CSRF-Token', other.csrfToken)
        .send(freshListing()),
    ];
    for (const response of refusals) {
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ type: '/problems/csrf', code: 'csrf' });
    }
    expect(await allEvents()).toBe(before);
    await t.http().get('/api/hazards').set('Cookie', session.cookie).expect(200);
    const listed = await t.http().post('/api/hazards').set(session.headers).send(freshListing());
    expect(listed.status).toBe(201);
    // Bearer tokens are no ambient credential: no CSRF header is asked of them.
    await t.post(clerk, '/api/hazards', freshListing()).expect(201);
  });

  it('answers an unknown login, a wrong password, a deactivated user and no password alike: 401', async () => {
    const deactivated = await newUser('lisi', '李四的登录密码-足够长了');
    await t
      .http()
      .post(`/api/users/${deactivated.id}/deactivate`)
      .set('Authorization', t.adminAuth)
      .expect(200);
    await t.createUser({ name: '未设密码的用户', roles: ['viewer'], login: 'nopassword' });
    for (const language of ['zh-CN', 'en']) {
      const attempts = [
        { login: 'nobody', password: PASSWORD },
        { login: 'zhangsan', password: `${PASSWORD}x` },
        { login: 'lisi', password: '李四的登录密码-足够长了' },
        { login: 'nopassword', password: PASSWORD },
      ];
      const answers = [];
      for (const attempt of attempts) {
        const response = await t
          .http()
          .post('/api/session')
          .set('Accept-Language', language)
          .send(attempt);
        expect(response.status).toBe(401);
        expect(response.headers['set-cookie']).toBeUndefined();
        answers.push(response.body);
      }
      expect(answers[0]).toMatchObject({ type: '/problems/invalid-credentials', status: 401 });
      for (const answer of answers) expect(answer).toEqual(answers[0]);
    }
  });

  it('ends the session on sign-out, at once, and clears both cookies', async () => {
    const session = await signIn('zhangsan', PASSWORD);
    await me(session).expect(200);
    await t.http().delete('/api/session').set('Cookie', session.cookie).expect(403);
    const out = await t.http().delete('/api/session').set(session.headers).expect(204);
    const cleared = ([] as string[]).concat(out.headers['set-cookie']);
    expect(cleared).toEqual([
      expect.stringMatching(/^hz_session=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT/),
      expect.stringMatching(/^hz_csrf=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT/),
    ]);
    const after = await me(session);
    expect(after.status).toBe(401);
    expect(after.body).toMatchObject({ type: '/problems/unauthorized' });
  });

  it('ends a session after SESSION_TTL_HOURS (12) without a request, and keeps a used one alive', async () => {
    const idle = await signIn('zhangsan', PASSWORD);
    const busy = await signIn('zhangsan', PASSWORD);
    clock.advance(11 * HOUR);
    await me(busy).expect(200);
    clock.advance(11 * HOUR);
    await me(busy).expect(200);
    await me(idle).expect(401);
    clock.advance(12 * HOUR);
    await me(busy).expect(401);
    // An expired session stays expired when the store is asked again.
    await me(busy).expect(401);
  });

  it('changing one’s own password ends every other session and keeps this one going', async () => {
    const newPassword = '新的密码-每周一报-2026';
    passwords.push(newPassword);
    const here = await signIn('zhangsan', PASSWORD);
    const elsewhere = await signIn('zhangsan', PASSWORD);
    const change = (body: object) => t.http().put('/api/me/password').set(here.headers).send(body);
    const wrong = await change({ currentPassword: 'not-my-password', password: newPassword });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors).toEqual([
      { field: 'currentPassword', message: 'is not the current password' },
    ]);
    const short = await change({ currentPassword: PASSWORD, password: 'short' });
    expect(short.status).toBe(422);
    expect(short.body.errors).toEqual([
      { field: 'password', message: 'password 须为 10 至 256 个字符' },
    ]);
    const changed = await change({ currentPassword: PASSWORD, password: newPassword }).expect(204);
    const renewed = ([] as string[]).concat(changed.headers['set-cookie']);
    const cookie = renewed.map((c) => c.split(';')[0]).join('; ');
    secrets.push(cookie);
    await me(elsewhere).expect(401);
    await me(here).expect(401);
    await me({ headers: { Cookie: cookie, 'X-CSRF-Token': here.csrfToken } }).expect(200);
    await t.http().post('/api/session').send({ login: 'zhangsan', password: PASSWORD }).expect(401);
    await signIn('zhangsan', newPassword);
    // Back to the first password, for the other specs.
    await t
      .http()
      .put('/api/me/password')
      .set('Authorization', clerk.auth)
      .send({ currentPassword: newPassword, password: PASSWORD })
      .expect(204);
  });

  it('an admin reset ends the user’s sessions; the new password signs in', async () => {
    const user = await newUser('wangwu', '王五的初始密码-2026');
    const session = await signIn('wangwu', '王五的初始密码-2026');
    passwords.push('王五重置后的密码-2026');
    await t
      .http()
      .put(`/api/users/${user.id}/password`)
      .set('Authorization', t.adminAuth)
      .send({ password: '王五重置后的密码-2026' })
      .expect(204);
    await me(session).expect(401);
    await signIn('wangwu', '王五重置后的密码-2026');
  });

  it('deactivation stops the user’s tokens and sessions; reactivation gives the tokens back', async () => {
    const user = await newUser('zhaoliu', '赵六的密码-挂牌督办');
    const session = await signIn('zhaoliu', '赵六的密码-挂牌督办');
    const admin = (path: string) => t.http().post(path).set('Authorization', t.adminAuth);
    const deactivated = await admin(`/api/users/${user.id}/deactivate`).expect(200);
    expect(deactivated.body).toMatchObject({ id: user.id, active: false });
    await t.http().get('/api/me').set('Authorization', user.auth).expect(401);
    await me(session).expect(401);
    await t
      .http()
      .post('/api/session')
      .send({ login: 'zhaoliu', password: '赵六的密码-挂牌督办' })
      .expect(401);
    const reactivated = await admin(`/api/users/${user.id}/reactivate`).expect(200);
    expect(reactivated.body).toMatchObject({ id: user.id, active: true });
    await t.http().get('/api/me').set('Authorization', user.auth).expect(200);
    await me(session).expect(401);
    await signIn('zhaoliu', '赵六的密码-挂牌督办');
  });

  it('keeps no password, token or session id in the events, the read models or the logs', async () => {
    await t.readModelsCaughtUp();
    const files = [
      'events.sqlite',
      'identity.sqlite',
      'read-models.sqlite',
      'notifications.sqlite',
    ];
    const stored = Buffer.concat(
      files
        .flatMap((f) => [f, `${f}-wal`])
        .map((f) => t.dataDir.file(f))
        .filter(existsSync)
        .map((f) => readFileSync(f)),
    );
    const sessionIds = secrets.flatMap((s) =>
      [...s.matchAll(/hz_session=([\w-]{43})/g)].map((m) => m[1]),
    );
    const tokens = secrets.filter((s) => s.startsWith('hz_'));
    expect(sessionIds.length).toBeGreaterThan(5);
    expect(tokens.length).toBeGreaterThan(3);
    expect(logs).not.toBe('');
    for (const secret of [...passwords, ...sessionIds, ...tokens]) {
      expect({ secret, stored: stored.includes(secret), logged: logs.includes(secret) }).toEqual({
        secret,
        stored: false,
        logged: false,
      });
    }
    const passwordSet = (await t.store.readAll(null, 1_000_000)).find(
      (e) => e.type === 'PasswordSet',
    );
    expect(passwordSet?.data).toEqual({
      password: {
        algorithm: 'scrypt',
        N: 32768,
        r: 8,
        p: 3,
        keyLength: 32,
        salt: expect.stringMatching(/^[A-Za-z0-9+/]{22}==$/),
        hash: expect.stringMatching(/^[A-Za-z0-9+/]{43}=$/),
      },
    });
  });
});
