import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import { DAY_MS, DEFAULT_DEADLINE_POLICY, ManualClock } from '@hazard/domain';
import type { Actor } from '@hazard/domain';
import { actors, listing, NOW } from '@hazard/testing/case-fixtures';
import { commands, eventually, startDeadlineHarness } from '@hazard/testing/deadline-harness';
import type { DeadlineHarness } from '@hazard/testing/deadline-harness';
import { freePort } from '@hazard/testing/free-port';
import { startRedis } from '@hazard/testing/redis-server';
import type { TestRedis } from '@hazard/testing/redis-server';
import { tempDir } from '@hazard/testing/temp-dir';
import { issueWeeklyDigest } from '@hazard/reporting';
import { MarkNoticeRead } from './mark-notice-read/mark-notice-read.service';
import { NotificationInbox } from './notification-inbox';
import { inboxStream } from './read-marks/notice-read';
import type { Notification } from './notification';

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => resolve(body));
  });

describe('deadline notices: inbox and webhook', () => {
  const dataDir = tempDir('hazard-notify-');
  const received: Array<{ status: number; body: Notification }> = [];
  let redisServer: TestRedis;
  let webhook: Server;
  let h: DeadlineHarness;
  let inbox: NotificationInbox;
  let marks: MarkNoticeRead;
  const clock = new ManualClock(NOW);

  beforeAll(async () => {
    redisServer = await startRedis();
    const port = await freePort();
    // The first delivery fails with 500; BullMQ must try again.
    webhook = createServer(async (req, res) => {
      const body = JSON.parse(await readBody(req)) as Notification;
      const status = received.length === 0 ? 500 : 200;
      received.push({ status, body });
      res.writeHead(status).end();
    });
    await new Promise<void>((resolve) => webhook.listen(port, '127.0.0.1', resolve));
    h = await startDeadlineHarness(
      redisServer,
      dataDir,
      clock,
      { NOTIFY_WEBHOOK_URL: `http://127.0.0.1:${port}/hook` },
      true,
    );
    inbox = h.app.get(NotificationInbox);
    marks = h.app.get(MarkNoticeRead);
  });
  afterAll(async () => {
    await h.stop();
    await new Promise((resolve) => webhook.close(resolve));
    await redisServer.stop();
    dataDir.remove();
  });

  const titles = (actor: Actor, lang: 'zh-CN' | 'en' = 'zh-CN') =>
    inbox.list(actor, lang, 1, 20).items.map((item) => item.title);

  it('posts each notice to the webhook, retrying after a 500', async () => {
    await h.run('c-n', commands.list('c-n'));
    await h.run('c-n', commands.assign());
    await eventually(() => expect(received.map((r) => r.status)).toEqual([500, 200]));
    const [first, retry] = received.map((r) => r.body);
    expect(retry).toEqual(first);
    expect(first).toMatchObject({
      type: 'ReminderSent',
      caseId: 'c-n',
      kind: 'planSubmission',
      recipients: ['user:u-leader', 'role:committee'],
      text: { 'zh-CN': { title: `期限提醒：${listing.title}` } },
    });
    expect(first.text['zh-CN'].body).toContain('还剩 3 天');
    expect(first.text.en.body).toContain('3 days left');
  });

  it('delivers reminders, the missed deadline and escalations to the leader and the committee', async () => {
    await h.advance(2 * DAY_MS);
    await eventually(() => expect(titles(actors.leader)).toHaveLength(2));
    await h.advance(DAY_MS);
    await eventually(() => expect(titles(actors.leader)).toHaveLength(4));
    expect(titles(actors.leader)).toEqual([
      `督办函：${listing.title}`,
      `已逾期：${listing.title}`,
      `期限提醒：${listing.title}`,
      `期限提醒：${listing.title}`,
    ]);
    expect(titles(actors.committee, 'en')[0]).toBe(`Urging letter: ${listing.title}`);
    expect(titles(actors.otherLeader)).toEqual([]);
    const elsewhere: Actor = { ...actors.committee, userId: 'u-c2', towns: ['官桥镇'] };
    expect(titles(elsewhere)).toEqual([]);
  });

  it('stores each notice once however often the feed replays, and marks it read per user', async () => {
    const page = inbox.list(actors.leader, 'zh-CN', 1, 2);
    expect(page).toMatchObject({ total: 4, unread: 4, page: 1, pageSize: 2 });
    expect(await marks.markRead(actors.leader, page.items[0].id)).toBe(true);
    expect(inbox.list(actors.leader, 'zh-CN', 1, 2).unread).toBe(3);
    expect(inbox.list(actors.committee, 'zh-CN', 1, 2).unread).toBe(4);
    expect(await marks.markRead(actors.otherLeader, page.items[0].id)).toBe(false);
    // The mark is a fact of the leader's inbox stream, once however often it is made.
    expect(await marks.markRead(actors.leader, page.items[0].id)).toBe(true);
    const facts = await h.store.read(inboxStream.streamId(actors.leader.userId));
    expect(facts.map(({ type, data }) => ({ type, data }))).toEqual([
      { type: 'NoticeRead', data: { noticeId: page.items[0].id } },
    ]);
    expect(await h.store.read(inboxStream.streamId(actors.otherLeader.userId))).toEqual([]);
    await eventually(() => expect(received.length).toBe(5));
    received.forEach(({ body }) => inbox.record(body));
    expect(inbox.list(actors.leader, 'zh-CN', 1, 20).total).toBe(4);
  });

  it('posts the notice of an issued weekly digest to the webhook too', async () => {
    const deps = {
      store: h.store,
      now: clock.now(),
      timeZone: 'Asia/Shanghai',
      policy: DEFAULT_DEADLINE_POLICY,
    };
    await issueWeeklyDigest(deps, actors.committee, '2026-W48');
    await eventually(() =>
      expect(received.map((r) => r.body)).toContainEqual(
        expect.objectContaining({
          type: 'WeeklyDigestIssued',
          week: '2026-W48',
          recipients: ['role:committee'],
        }),
      ),
    );
  });
});
