import { IDENTITY_RUNNER } from '@hazard/auth';
import type { ProjectionRunner } from '@hazard/event-store';
import { startTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

const PASSWORD = '挂牌领导-一案一挂-2026';

/**
 * Two API instances on one event store, each with its own identity read model (as two
 * replicas, or two processes, would be): what one learns, the other learns from the events.
 */
describe('users and sessions across two API instances', () => {
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp({ replicaOf: a });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  /** Retries until `check` holds: the other instance learns within its projection's lag. */
  async function eventually(check: () => Promise<boolean>): Promise<void> {
    for (let i = 0; i < 200; i++) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('the other instance never caught up');
  }
  const status = async (app: TestApp, headers: Record<string, string>) =>
    (await app.http().get('/api/me').set(headers)).status;

  it('signs in through B a user created through A, even before B has projected anything of them', async () => {
    const projection = b.app.get<ProjectionRunner>(IDENTITY_RUNNER);
    await projection.beforeApplicationShutdown();
    try {
      const user = await a.createUser({
        name: '挂牌领导 陈建国',
        roles: ['leader'],
        login: 'chenjianguo',
        password: PASSWORD,
      });
      const directory = await b.http().get('/api/users').set('Authorization', b.adminAuth);
      expect(directory.body.items.map((u: { id: string }) => u.id)).not.toContain(user.id);
      // Only the event store knows them: the token, the login and the new session.
      expect(await status(b, { Authorization: user.auth })).toBe(200);
      const session = await b.signIn('chenjianguo', PASSWORD);
      expect(await status(b, session.headers)).toBe(200);
      expect(await status(a, session.headers)).toBe(200);
    } finally {
      await projection.onApplicationBootstrap();
    }
  });

  it('refuses on A, within the lag, a token revoked through B', async () => {
    const user = await a.createUser({ name: '接口用户', roles: ['viewer'] });
    expect(await status(a, { Authorization: user.auth })).toBe(200);
    await b
      .http()
      .delete(`/api/users/${user.id}/tokens`)
      .set('Authorization', b.adminAuth)
      .expect(204);
    expect(await status(b, { Authorization: user.auth })).toBe(401);
    await eventually(async () => (await status(a, { Authorization: user.auth })) === 401);
  });

  it('ends on B, within the lag, the session of a user deactivated through A', async () => {
    const user = await a.createUser({
      name: '水头镇安办',
      roles: ['town'],
      towns: ['水头镇'],
      login: 'shuitou',
      password: PASSWORD,
    });
    const session = await b.signIn('shuitou', PASSWORD);
    expect(await status(b, session.headers)).toBe(200);
    await a
      .http()
      .post(`/api/users/${user.id}/deactivate`)
      .set('Authorization', a.adminAuth)
      .expect(200);
    await eventually(async () => (await status(b, session.headers)) === 401);
    await b.http().post('/api/session').send({ login: 'shuitou', password: PASSWORD }).expect(401);
  });

  it('refuses on A, within the lag, a session signed out through B', async () => {
    await a.createUser({
      name: '住建局',
      roles: ['department'],
      departments: ['住建局'],
      login: 'zhujianju',
      password: PASSWORD,
    });
    const session = await a.signIn('zhujianju', PASSWORD);
    await a.readModelsCaughtUp();
    expect(await status(b, session.headers)).toBe(200);
    await b.http().delete('/api/session').set(session.headers).expect(204);
    expect(await status(b, session.headers)).toBe(401);
    await eventually(async () => (await status(a, session.headers)) === 401);
  });

  it('gives the same directory on both once caught up', async () => {
    await a.readModelsCaughtUp();
    await b.readModelsCaughtUp();
    const list = (app: TestApp) =>
      app.http().get('/api/users?includeInactive=true').set('Authorization', app.adminAuth);
    const [onA, onB] = [(await list(a)).body.items, (await list(b)).body.items];
    expect(onA).toHaveLength(4);
    expect(onB).toEqual(onA);
  });
});
