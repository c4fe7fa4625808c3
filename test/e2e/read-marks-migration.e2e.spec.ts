import Database from 'better-sqlite3';
import { ManualClock } from '@hazard/domain';
import { eventually } from '../support/deadline-harness';
import { startRedis } from '../support/redis-server';
import type { TestRedis } from '../support/redis-server';
import { startTestApp } from '../support/test-app';
import type { TestApp, TestUser } from '../support/test-app';
import { tempDir } from '../support/temp-dir';

/** What the inbox kept before read marks were events: a table of its own, per instance. */
const writeOldMarks = (file: string, marks: Array<[userId: string, noticeId: string]>) => {
  const db = new Database(file);
  db.exec(`CREATE TABLE IF NOT EXISTS notification_reads (
    user_id TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (user_id, id)) WITHOUT ROWID`);
  const insert = db.prepare('INSERT OR IGNORE INTO notification_reads (user_id, id) VALUES (?, ?)');
  for (const mark of marks) insert.run(...mark);
  db.close();
};

/** An install from before read marks were events: its local marks become events, once. */
describe('migrating the read marks of a notifications.sqlite', () => {
  // A Monday: the embedded worker issues the week before's digest (每周一报) at start-up.
  const clock = new ManualClock(new Date('2026-11-30T01:00:00Z'));
  const dataDir = tempDir('hazard-read-marks-');
  let redis: TestRedis;
  let t: TestApp;
  let replica: TestApp | null = null;
  let committee: TestUser;
  let noticeId: string;

  const inbox = (app: TestApp) =>
    app.http().get('/api/notifications').set('Authorization', committee.auth).expect(200);
  const inboxFacts = () => t.store.read(`inbox-${committee.id}`);
  const oldTableLeft = () => {
    const db = new Database(dataDir.file('notifications.sqlite'), { readonly: true });
    try {
      return db.prepare("SELECT name FROM sqlite_master WHERE name = 'notification_reads'").all();
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    // The start-up also catches up the day before's 每日一报; its notice goes to hq here, so the
    // committee's inbox holds the weekly digest's notice alone.
    process.env.DAILY_REPORT_RECIPIENTS = 'hq';
    redis = await startRedis();
    t = await startTestApp({ dataDir, redis, clock, runWorkers: true });
    committee = await t.createUser({ name: '安委会办公室', roles: ['committee'] });
    await eventually(async () => expect((await inbox(t)).body.total).toBe(1));
    [{ id: noticeId }] = (await inbox(t)).body.items;
    await t.stop();
    // The committee read it under the old version, and so did someone unknown here.
    writeOldMarks(dataDir.file('notifications.sqlite'), [
      [committee.id, noticeId],
      ['u-elsewhere', noticeId],
    ]);
    t = await startTestApp({ dataDir, redis, clock });
  });
  afterAll(async () => {
    await replica?.stop();
    await t.stop();
    await redis.stop();
    dataDir.remove();
  });

  it('turns each old mark into a NoticeRead of its reader’s inbox stream and drops the old table', async () => {
    const facts = await inboxFacts();
    expect(facts.map(({ type, data }) => ({ type, data }))).toEqual([
      { type: 'NoticeRead', data: { noticeId } },
    ]);
    expect(facts[0].metadata).toMatchObject({ actor: { userId: 'system:migration' } });
    expect((await t.store.read('inbox-u-elsewhere')).map((e) => e.type)).toEqual(['NoticeRead']);
    expect(oldTableLeft()).toEqual([]);
    await eventually(async () =>
      expect((await inbox(t)).body).toMatchObject({
        unread: 0,
        items: [{ id: noticeId, read: true }],
      }),
    );
  });

  it('shows the migrated mark on another instance, which never had the old file', async () => {
    replica = await startTestApp({ replicaOf: t });
    await eventually(async () =>
      expect((await inbox(replica!)).body).toMatchObject({
        unread: 0,
        items: [{ id: noticeId, read: true }],
      }),
    );
  });

  it('appends nothing twice when a start stopped before dropping the old table', async () => {
    await replica?.stop();
    replica = null;
    await t.stop();
    writeOldMarks(dataDir.file('notifications.sqlite'), [[committee.id, noticeId]]);
    t = await startTestApp({ dataDir, redis, clock });
    expect(await inboxFacts()).toHaveLength(1);
    expect(oldTableLeft()).toEqual([]);
    await t
      .http()
      .post(`/api/notifications/${noticeId}/read`)
      .set('Authorization', committee.auth)
      .expect(204);
    expect(await inboxFacts()).toHaveLength(1);
  });
});
