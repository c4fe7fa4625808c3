import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { LegacyUserStore } from '../support/legacy-user-store';
import type { LegacyTestUser } from '../support/legacy-user-store';
import { startRedis } from '../support/redis-server';
import type { TestRedis } from '../support/redis-server';
import { startTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';
import { tempDir } from '../support/temp-dir';

const LEGACY_FILES = ['users.sqlite', 'users.sqlite-wal', 'users.sqlite-shm'];

/** An install from before users were events: its users.sqlite becomes events, once. */
describe('migrating a users.sqlite of the old per-instance user store', () => {
  const dataDir = tempDir('hazard-migration-');
  const elsewhere = tempDir('hazard-legacy-');
  let redis: TestRedis;
  let t: TestApp;
  let legacy: LegacyTestUser[];
  let leftOpen: LegacyUserStore;
  /** The old files' digests before any start. */
  let untouched: string[];

  // The data: the database and its WAL. The -shm is SQLite's scratch index of the WAL, which
  // every reader, even a read-only one, may rebuild.
  const fingerprint = () =>
    LEGACY_FILES.slice(0, 2)
      .map((f) => dataDir.file(f))
      .filter(existsSync)
      .map((f) => `${f}:${createHash('sha256').update(readFileSync(f)).digest('hex')}`);
  const identityEvents = async () =>
    (await t.store.readAll(null, 1_000_000)).filter((e) => e.streamId.startsWith('user-'));

  beforeAll(async () => {
    // The old process died without closing its database: the last users sit in the WAL.
    leftOpen = new LegacyUserStore(elsewhere.file('users.sqlite'));
    legacy = [
      leftOpen.createUser({
        name: '安委会办公室',
        roles: ['committee', 'hq'],
        towns: [],
        departments: [],
        createdAt: '2026-09-01T09:00:00+08:00',
      }),
      leftOpen.createUser({
        name: '水头镇安办',
        roles: ['town', 'leader'],
        towns: ['水头镇'],
        departments: ['住建局'],
        createdAt: '2026-09-02T10:30:00+08:00',
      }),
    ];
    for (const file of LEGACY_FILES) copyFileSync(elsewhere.file(file), dataDir.file(file));
    untouched = fingerprint();
    redis = await startRedis();
    t = await startTestApp({ dataDir, redis });
  });
  afterAll(async () => {
    leftOpen.close();
    elsewhere.remove();
    await t.close();
  });

  it('keeps every user with their id, profile, creation time and working token', async () => {
    await t.readModelsCaughtUp();
    for (const user of legacy) {
      const me = await t.http().get('/api/me').set('Authorization', `Bearer ${user.token}`);
      expect(me.status).toBe(200);
      expect(me.body).toEqual({
        id: user.id,
        name: user.name,
        login: null,
        roles: user.roles,
        towns: user.towns,
        departments: user.departments,
        unitId: null,
      });
    }
    const listed = await t.http().get('/api/users').set('Authorization', t.adminAuth).expect(200);
    expect(
      listed.body.items.map((u: { id: string; createdAt: string }) => [u.id, u.createdAt]),
    ).toEqual(expect.arrayContaining(legacy.map((u) => [u.id, u.createdAt])));
  });

  it('records each user as events holding only the token’s hash, dated when they were created', async () => {
    const events = (await identityEvents()).slice(0, 4);
    expect(events.map((e) => [e.streamId, e.type])).toEqual(
      legacy.flatMap((u) => [
        [`user-${u.id}`, 'UserCreated'],
        [`user-${u.id}`, 'ApiTokenIssued'],
      ]),
    );
    const [created, issued] = events;
    expect(issued.data).toEqual({
      tokenHash: createHash('sha256').update(legacy[0].token).digest('hex'),
    });
    expect(created.metadata).toMatchObject({
      actor: { userId: 'system:migration' },
      commandId: `migrate-users-sqlite/${legacy[0].id}`,
      occurredAt: '2026-09-01T09:00:00+08:00',
      schemaVersion: 1,
    });
    const stored = JSON.stringify(events.map(({ data, metadata }) => ({ data, metadata })));
    for (const user of legacy) expect(stored.includes(user.token)).toBe(false);
  });

  it('lets an admin give a migrated user a login and a password to sign in with', async () => {
    const [clerk] = legacy;
    const admin = { Authorization: t.adminAuth };
    await t
      .http()
      .patch(`/api/users/${clerk.id}`)
      .set(admin)
      .send({ login: 'anweiban' })
      .expect(200);
    await t
      .http()
      .put(`/api/users/${clerk.id}/password`)
      .set(admin)
      .send({ password: '安委办-迁移后的密码' })
      .expect(204);
    const session = await t.signIn('anweiban', '安委办-迁移后的密码');
    expect(session.id).toBe(clerk.id);
  });

  it('does nothing at the next start and leaves the old file as it was', async () => {
    const before = await identityEvents();
    await t.stop();
    t = await startTestApp({ dataDir, redis });
    expect(await identityEvents()).toEqual(before);
    expect(untouched).toHaveLength(2);
    expect(fingerprint()).toEqual(untouched);
    await t.readModelsCaughtUp();
    await t.http().get('/api/me').set('Authorization', `Bearer ${legacy[1].token}`).expect(200);
  });
});
