import Database from 'better-sqlite3';
import { Queue } from 'bullmq';
import { DEFAULT_DEADLINE_POLICY, ManualClock } from '@hazard/domain';
import type { Actor } from '@hazard/domain';
import { ProjectionRunner, SqliteCheckpointStore, SqliteEventStore } from '@hazard/event-store';
import { redisOptionsFromUrl } from '@hazard/queue';
import { issueWeeklyDigest, weeklyDigestStreamId } from '@hazard/reporting';
import { eventually } from '@hazard/testing/deadline-harness';
import { at, committee, digestScenario, SCENARIO_TZ } from '@hazard/testing/digest-scenario';
import { startRedis } from '@hazard/testing/redis-server';
import type { TestRedis } from '@hazard/testing/redis-server';
import { tempDir } from '@hazard/testing/temp-dir';
import { INBOX_SUBSCRIBER, NotificationInbox } from './notification-inbox';
import type { DigestInboxItem, InboxItem } from './notification-inbox';
import { NotificationsProjection } from './notifications.projection';
import { appendNoticeRead } from './read-marks/notice-read';
import { WEBHOOK_QUEUE } from './webhook/webhook-delivery';
import { closeWebhookOutbox } from './webhook/webhook-outbox.provider';
import type { WebhookDelivery } from './webhook/webhook-delivery';

const digestNotices = (items: InboxItem[]): DigestInboxItem[] =>
  items.filter((item): item is DigestInboxItem => item.type === 'WeeklyDigestIssued');

describe('issuing a weekly digest notifies the committee', () => {
  const dir = tempDir('hazard-digest-notify-');
  const store = new SqliteEventStore(dir.file('events.sqlite'));
  const clock = new ManualClock(at('2026-11-23T08:00:00'));
  const inboxFile = dir.file('notifications.sqlite');
  let inbox: NotificationInbox;
  let feed: ProjectionRunner;
  let lastPosition: bigint;
  let redis: TestRedis;
  // No worker consumes it: what the feed hands to the webhook stays there to be counted.
  let webhookQueue: Queue<WebhookDelivery>;

  // The leader of case E, who hears of E's missed deadline but not of the digest.
  const leaderE: Actor = { ...committee, userId: 'u-E', name: '领导E', roles: ['leader'] };
  const townCommittee: Actor = { ...committee, userId: 'u-c-town', towns: ['官桥镇'] };
  const inboxOf = (actor: Actor, lang: 'zh-CN' | 'en' = 'zh-CN') =>
    inbox.list(actor, lang, 1, 100).items;

  const startFeed = async () => {
    inbox = new NotificationInbox(inboxFile);
    webhookQueue = new Queue(WEBHOOK_QUEUE, { connection: redisOptionsFromUrl(redis.url) });
    const webhooks = { queue: webhookQueue, url: 'http://127.0.0.1:9/unused' };
    feed = new ProjectionRunner(
      store,
      new NotificationsProjection(store, inbox, webhooks, {
        policy: DEFAULT_DEADLINE_POLICY,
        dailyReportRecipients: ['committee'],
      }),
    );
    await feed.start();
  };
  const stopFeed = async () => {
    await feed.stop();
    await closeWebhookOutbox({ queue: webhookQueue, url: '' });
    inbox.close();
  };
  const caughtUp = () =>
    eventually(async () =>
      expect((await inbox.checkpoints.load(INBOX_SUBSCRIBER))?.position).toBe(lastPosition),
    );

  const issue = async (week: string) => {
    await issueWeeklyDigest(
      { store, now: clock.now(), timeZone: SCENARIO_TZ, policy: DEFAULT_DEADLINE_POLICY },
      committee,
      week,
    );
    [{ position: lastPosition }] = await store.read(weeklyDigestStreamId(week));
  };

  beforeAll(async () => {
    redis = await startRedis();
    await digestScenario(store, clock).week48();
    clock.set(at('2026-11-30T08:00:00'));
    await issue('2026-W48');
    await startFeed();
    await caughtUp();
  });
  afterAll(async () => {
    await stopFeed();
    await store.close();
    await redis.stop();
    dir.remove();
  });

  it('puts one digest notice in a committee inbox, in both languages, and hands it to the webhook', async () => {
    const [zh, ...more] = digestNotices(inboxOf(committee));
    expect(more).toEqual([]);
    expect(zh).toMatchObject({
      type: 'WeeklyDigestIssued',
      week: '2026-W48',
      occurredAt: '2026-11-30T08:00:00+08:00',
      read: false,
    });
    expect(zh).not.toHaveProperty('caseId');
    expect(zh.title).toContain('2026-W48');
    expect(zh.body).toContain('全市挂牌督办重大隐患6条，完成整改2条');
    const [en] = digestNotices(inboxOf(committee, 'en'));
    expect(en.id).toBe(zh.id);
    expect(en.body).toContain('6 major hazards under listed supervision citywide: 2 rectified');
    const posted = (await webhookQueue.getJobs()).map((job) => job.data.notification);
    expect(posted.filter((n) => n.type === 'WeeklyDigestIssued')).toEqual([
      expect.objectContaining({ id: zh.id, week: '2026-W48', recipients: ['role:committee'] }),
    ]);
  });

  it('reaches a town-scoped committee member too, but no leader', () => {
    expect(digestNotices(inboxOf(townCommittee))).toHaveLength(1);
    const leaderInbox = inboxOf(leaderE);
    expect(leaderInbox.length).toBeGreaterThan(0);
    expect(digestNotices(leaderInbox)).toEqual([]);
  });

  it('stores it once when the feed delivers the events again', async () => {
    await stopFeed();
    const file = new Database(inboxFile);
    file.prepare('DELETE FROM checkpoints').run();
    file.close();
    await startFeed();
    await caughtUp();
    expect(digestNotices(inboxOf(committee))).toHaveLength(1);
  });

  it('rebuilds an inbox file of the older layout, with its read marks, posting nothing twice', async () => {
    const [notice] = digestNotices(inboxOf(committee));
    const mark = { userId: committee.userId, noticeId: notice.id };
    lastPosition = await appendNoticeRead(store, mark, {
      actor: committee,
      now: clock.now(),
      timeZone: SCENARIO_TZ,
    });
    await caughtUp();
    expect(digestNotices(inboxOf(committee))[0]).toMatchObject({ id: notice.id, read: true });
    // Delivered long ago: BullMQ no longer remembers these jobs to ignore them again.
    await webhookQueue.obliterate({ force: true });
    await stopFeed();
    // The layout before digest notices: town NOT NULL, written by version 0, caught up.
    const old = new Database(inboxFile);
    old.exec('DROP TABLE notifications; DELETE FROM notification_recipients');
    old.exec(`CREATE TABLE notifications (
      seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
      town TEXT NOT NULL, payload TEXT NOT NULL)`);
    const version0 = { position: lastPosition, version: 0 };
    await new SqliteCheckpointStore(old).save(INBOX_SUBSCRIBER, version0);
    old.close();
    await startFeed();
    await caughtUp();
    const [rebuilt, ...more] = digestNotices(inboxOf(committee));
    expect(more).toEqual([]);
    expect(rebuilt).toMatchObject({ id: notice.id, read: true });
    expect(await webhookQueue.count()).toBe(0);
    // Notices after the rebuild go to the webhook as before.
    clock.set(at('2026-12-07T08:00:00'));
    await issue('2026-W49');
    await caughtUp();
    const [posted] = await webhookQueue.getJobs();
    expect(posted.data.notification).toMatchObject({ week: '2026-W49' });
    expect(await webhookQueue.count()).toBe(1);
  });
});
