import type { RecordedEvent } from '@hazard/event-store';
import { randomUUID } from 'node:crypto';
import type { OpenAPIObject, SchemaObject } from '@nestjs/swagger';
import { startTestApp } from '../support/test-app';
import type { TestApp, TestUser } from '../support/test-app';

interface DirectoryEntry {
  id: string;
  name: string;
  login: string | null;
  roles: string[];
  towns: string[];
  departments: string[];
  active: boolean;
}

/** The user directory for pickers and its administration. */
describe('the user directory and its administration, over HTTP', () => {
  let t: TestApp;
  let viewer: TestUser;
  let leaders: Record<'wang' | 'chen' | 'lin', TestUser>;

  const admin = () => ({ Authorization: t.adminAuth });
  const directory = async (query: string, as: TestUser = viewer): Promise<DirectoryEntry[]> => {
    const response = await t.http().get(`/api/users${query}`).set('Authorization', as.auth);
    expect(response.status).toBe(200);
    return response.body.items;
  };
  const names = (entries: DirectoryEntry[]) => entries.map((e) => e.name);

  beforeAll(async () => {
    t = await startTestApp();
    viewer = await t.createUser({ name: '工作专班观察员', roles: ['viewer'] });
    leaders = {
      wang: await t.createUser({ name: '王建国', roles: ['leader'], login: 'wangjianguo' }),
      chen: await t.createUser({ name: '陈志强', roles: ['leader', 'hq'], towns: ['水头镇'] }),
      lin: await t.createUser({ name: '林王芳', roles: ['leader'], towns: ['石井镇'] }),
    };
    await t.createUser({ name: '水头镇安办', roles: ['town'], towns: ['水头镇'] });
  });
  afterAll(() => t.close());

  it('lists users by name for any signed-in user, with no secrets', async () => {
    const all = await directory('');
    expect(names(all)).toEqual(['工作专班观察员', '林王芳', '水头镇安办', '王建国', '陈志强']);
    const wang = all.find((e) => e.name === '王建国');
    expect(wang).toEqual({
      id: leaders.wang.id,
      name: '王建国',
      login: 'wangjianguo',
      roles: ['leader'],
      towns: [],
      unitId: null,
      departments: [],
      active: true,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/),
    });
    await t.http().get('/api/users').expect(401);
  });

  it('filters by role, by a town the jurisdiction covers, and by part of the name or login', async () => {
    expect(names(await directory('?role=leader'))).toEqual(['林王芳', '王建国', '陈志强']);
    // The whole city (no towns) covers 水头镇 too.
    expect(names(await directory('?role=leader&town=水头镇'))).toEqual(['王建国', '陈志强']);
    expect(names(await directory('?town=石井镇'))).toEqual(['工作专班观察员', '林王芳', '王建国']);
    expect(names(await directory('?q=王'))).toEqual(['林王芳', '王建国']);
    expect(names(await directory('?q=JIANGUO'))).toEqual(['王建国']);
    expect(names(await directory('?q=%25'))).toEqual([]);
    expect(names(await directory('?role=hq&q=陈'))).toEqual(['陈志强']);
  });

  it('leaves deactivated users out unless asked', async () => {
    const gone = await t.createUser({ name: '王离任', roles: ['leader'] });
    await t.http().post(`/api/users/${gone.id}/deactivate`).set(admin()).expect(200);
    expect(names(await directory('?q=王'))).toEqual(['林王芳', '王建国']);
    const withInactive = await directory('?q=王&includeInactive=true');
    expect(withInactive.map((e) => [e.name, e.active])).toEqual([
      ['林王芳', true],
      ['王建国', true],
      ['王离任', false],
    ]);
  });

  it('answers a bad filter with 422, field by field', async () => {
    const response = await t
      .http()
      .get('/api/users?role=mayor&includeInactive=yes')
      .set('Authorization', viewer.auth);
    expect(response.status).toBe(422);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'includeInactive',
      'role',
    ]);
  });

  it('creates a user with a login that is unique whatever its case (409 when taken)', async () => {
    const created = await t
      .http()
      .post('/api/users')
      .set(admin())
      .send({
        name: '李明',
        login: 'LiMing',
        password: '李明的密码-每周一报',
        roles: ['committee'],
      })
      .expect(201);
    expect(created.body).toMatchObject({ name: '李明', login: 'liming', active: true });
    expect(created.body.token).toMatch(/^hz_[\w-]{22}\.[\w-]{43}$/);
    expect(created.body).not.toHaveProperty('password');
    const taken = await t
      .http()
      .post('/api/users')
      .set(admin())
      .send({ name: '另一个李明', login: 'liming', roles: ['viewer'] });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ type: '/problems/login-taken', title: '登录名已被使用' });
    expect(names(await directory('?q=李明'))).toEqual(['李明']);
  });

  it('gives a login to exactly one of many concurrent requests for it', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        t
          .http()
          .post('/api/users')
          .set(admin())
          .send({
            name: `并发用户 ${i}`,
            login: 'bingfa',
            password: '并发用户的密码-2026',
            roles: ['viewer'],
          }),
      ),
    );
    expect(attempts.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    const winner = attempts.find((r) => r.status === 201)?.body;
    const events = (await t.store.readAll(null, 1_000_000)) as Array<
      RecordedEvent<{ type: string; data: { login?: string; userId?: string } }>
    >;
    const claims = events.filter((e) => e.type === 'LoginReserved' && e.data.login === 'bingfa');
    const created = events.filter((e) => e.type === 'UserCreated' && e.data.login === 'bingfa');
    expect(claims.map((e) => e.data.userId)).toEqual([winner.id]);
    expect(created.map((e) => e.data.userId)).toEqual([winner.id]);
    const session = await t.signIn('bingfa', '并发用户的密码-2026');
    expect(session.id).toBe(winner.id);
  });

  it('refuses bad fields with 422 naming each, and creates nothing', async () => {
    const before = (await t.store.readAll(null, 1_000_000)).length;
    const response = await t
      .http()
      .post('/api/users')
      .set(admin())
      .send({ name: '张三', login: '张三', password: 'short', roles: ['mayor'], extra: 1 });
    expect(response.status).toBe(422);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'extra',
      'login',
      'password',
      'roles',
    ]);
    const en = await t
      .http()
      .post('/api/users')
      .set(admin())
      .set('Accept-Language', 'en')
      .send({ name: '张三', login: 'x', roles: ['viewer'] });
    expect(en.body.errors).toEqual([
      {
        field: 'login',
        message:
          'login must be 2 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit',
      },
    ]);
    expect((await t.store.readAll(null, 1_000_000)).length).toBe(before);
  });

  it('amends the name, roles and jurisdiction, leaving the rest', async () => {
    const user = await t.createUser({ name: '郑一', roles: ['viewer'], login: 'zhengyi' });
    const patch = (body: object) => t.http().patch(`/api/users/${user.id}`).set(admin()).send(body);
    const amended = await patch({ roles: ['leader', 'town'], towns: ['官桥镇'] }).expect(200);
    expect(amended.body).toMatchObject({
      id: user.id,
      name: '郑一',
      login: 'zhengyi',
      roles: ['leader', 'town'],
      towns: ['官桥镇'],
      departments: [],
    });
    const before = (await t.store.readAll(null, 1_000_000)).length;
    await patch({ name: '郑一' }).expect(200);
    expect((await t.store.readAll(null, 1_000_000)).length).toBe(before);
    expect(names(await directory('?role=town&town=官桥镇'))).toEqual(['郑一']);
    const me = await t.http().get('/api/me').set('Authorization', user.auth).expect(200);
    expect(me.body).toMatchObject({ roles: ['leader', 'town'], towns: ['官桥镇'] });
    const bad = await patch({ roles: [] });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['roles']);
    const renamed = await patch({ login: 'zhengyi2' });
    expect(renamed.status).toBe(422);
    expect(renamed.body.errors).toEqual([
      { field: 'login', message: 'is already set and cannot be changed' },
    ]);
    await patch({ login: 'ZhengYi' }).expect(200);
  });

  it('gives a login once to a user without one; a login held by another is 409', async () => {
    const user = await t.createUser({ name: '数据接口', roles: ['viewer'] });
    const patch = (login: string) =>
      t.http().patch(`/api/users/${user.id}`).set(admin()).send({ login });
    expect((await patch('wangjianguo')).status).toBe(409);
    const given = await patch('shujujiekou').expect(200);
    expect(given.body).toMatchObject({ id: user.id, login: 'shujujiekou' });
    expect(names(await directory('?q=shujujiekou'))).toEqual(['数据接口']);
  });

  it('issues further tokens and revokes them all', async () => {
    const user = await t.createUser({ name: '数据接口', roles: ['viewer'] });
    const issued = await t.http().post(`/api/users/${user.id}/tokens`).set(admin()).expect(201);
    const second = `Bearer ${issued.body.token}`;
    for (const auth of [user.auth, second]) {
      await t.http().get('/api/me').set('Authorization', auth).expect(200);
    }
    await t.http().delete(`/api/users/${user.id}/tokens`).set(admin()).expect(204);
    for (const auth of [user.auth, second]) {
      await t.http().get('/api/me').set('Authorization', auth).expect(401);
    }
  });

  it('answers 404 for an unknown user and 403 to anyone but an admin', async () => {
    const routes = (id: string) => [
      t.http().patch(`/api/users/${id}`).send({ name: '某人' }),
      t.http().put(`/api/users/${id}/password`).send({ password: '一个足够长的密码-2026' }),
      t.http().post(`/api/users/${id}/deactivate`),
      t.http().post(`/api/users/${id}/reactivate`),
      t.http().post(`/api/users/${id}/tokens`),
      t.http().delete(`/api/users/${id}/tokens`),
    ];
    for (const id of [randomUUID(), 'not-a-user']) {
      for (const request of routes(id)) {
        const response = await request.set(admin());
        expect(response.status).toBe(404);
        expect(response.body).toMatchObject({ type: '/problems/user-not-found' });
      }
    }
    for (const request of [
      ...routes(leaders.wang.id),
      t
        .http()
        .post('/api/users')
        .send({ name: '某人', roles: ['viewer'] }),
    ]) {
      const response = await request.set('Authorization', leaders.chen.auth);
      expect(response.status).toBe(403);
    }
  });

  it('documents every endpoint, with Chinese examples', async () => {
    const document = (await t.http().get('/docs-json').expect(200)).body as OpenAPIObject;
    const operations = [
      ['/api/session', 'post'],
      ['/api/session', 'delete'],
      ['/api/me', 'get'],
      ['/api/me/password', 'put'],
      ['/api/users', 'get'],
      ['/api/users', 'post'],
      ['/api/users/{id}', 'patch'],
      ['/api/users/{id}/password', 'put'],
      ['/api/users/{id}/deactivate', 'post'],
      ['/api/users/{id}/reactivate', 'post'],
      ['/api/users/{id}/tokens', 'post'],
      ['/api/users/{id}/tokens', 'delete'],
    ] as const;
    for (const [path, method] of operations) {
      expect({ path, method, documented: Boolean(document.paths[path]?.[method]) }).toEqual({
        path,
        method,
        documented: true,
      });
    }
    const schemas = document.components?.schemas ?? {};
    const user = schemas.UserResponseDto as SchemaObject;
    expect(user.properties?.name).toMatchObject({ example: '王建国' });
    const created = schemas.CreateUserRequestDto as SchemaObject;
    expect(created.properties?.password).toMatchObject({ minLength: 10, maxLength: 256 });
    expect(Object.keys(document.components?.securitySchemes ?? {}).sort()).toEqual([
      'bearer',
      'session',
    ]);
  });
});
