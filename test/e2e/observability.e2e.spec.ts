import { Writable } from 'node:stream';
import { Queue, Worker } from 'bullmq';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { ensureInstallId, namespaceOf, redisOptionsFromUrl } from '@hazard/queue';
import { freshListing } from '../support/hazard-requests';
import { startTestApp } from '../support/test-app';
import type { SignedInUser, TestApp, TestUser } from '../support/test-app';

const METRICS_TOKEN = 'metrics-scraper-token-0123456789';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type LogLine = Record<string, unknown>;

/** What `npm start` would write to a file: one JSON object per line. */
function logCollector(): { stream: Writable; lines: LogLine[]; raw: string[] } {
  const lines: LogLine[] = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line) as LogLine);
      }
      done();
    },
  });
  return { stream, lines, raw };
}

/** Resolves once some line matches: a request's line is written when its answer has gone. */
async function lineWhere(lines: LogLine[], match: (line: LogLine) => boolean): Promise<LogLine> {
  for (let i = 0; i < 200; i += 1) {
    const found = lines.find(match);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('no such log line');
}

describe('logs, metrics and the queue view of a running app', () => {
  const logs = logCollector();
  let t: TestApp;
  let committee: TestUser;
  let admin: SignedInUser;

  beforeAll(async () => {
    process.env.METRICS_TOKEN = METRICS_TOKEN;
    t = await startTestApp({ logs: logs.stream });
    committee = await t.createUser({ name: '安委会办公室', roles: ['committee'] });
    await t.createUser({
      name: '系统管理员',
      roles: ['admin'],
      login: 'ops-admin',
      password: 'a long admin password',
    });
    admin = await t.signIn('ops-admin', 'a long admin password');
  });
  afterAll(() => t.close());

  const listHazard = () => t.post(committee, '/api/hazards', freshListing());

  describe('logs', () => {
    it('writes one line per request with its correlation id, which its events carry too', async () => {
      const response = await listHazard().set('X-Correlation-Id', 'weekly-meeting-49').expect(201);
      expect(response.headers['x-correlation-id']).toBe('weekly-meeting-49');
      const request = await lineWhere(
        logs.lines,
        (l) => l.method === 'POST' && l.path === '/api/hazards' && l.status === 201,
      );
      expect(request).toMatchObject({
        correlationId: 'weekly-meeting-49',
        userId: committee.id,
        level: 30,
      });
      expect(typeof request.durationMs).toBe('number');
      expect(typeof request.time).toBe('string');
      const command = await lineWhere(
        logs.lines,
        (l) => l.context === 'Command' && String(l.msg).startsWith('ListHazard'),
      );
      expect(command.correlationId).toBe('weekly-meeting-49');
      const once = (line: string) => (line.match(/"correlationId"/g) ?? []).length <= 1;
      expect(logs.raw.filter((line) => !once(line))).toEqual([]);
      const [event] = await t.events(response.body.id);
      expect(event.metadata.correlationId).toBe('weekly-meeting-49');
    });

    it('carries the id onto the events of any command, such as creating a user', async () => {
      const created = await t
        .http()
        .post('/api/users')
        .set('Authorization', t.adminAuth)
        .set('X-Correlation-Id', 'onboarding-12')
        .send({ name: '新同事', roles: ['viewer'] })
        .expect(201);
      const [event] = await t.store.read(`user-${created.body.id}`);
      expect(event.metadata.correlationId).toBe('onboarding-12');
    });

    it('gives a request without one a new correlation id, answered and logged', async () => {
      const response = await listHazard().expect(201);
      const generated = response.headers['x-correlation-id'];
      expect(generated).toMatch(UUID);
      await lineWhere(logs.lines, (l) => l.correlationId === generated && l.status === 201);
      const [event] = await t.events(response.body.id);
      expect(event.metadata.correlationId).toBe(generated);
      const read = await t.http().get('/api/hazards').set('Authorization', committee.auth);
      expect(read.headers['x-correlation-id']).toMatch(UUID);
      expect(read.headers['x-correlation-id']).not.toBe(generated);
    });

    it('replaces a correlation id that is not fit to log (control characters, too long)', async () => {
      const response = await t
        .http()
        .get('/api/hazards')
        .set('Authorization', committee.auth)
        .set('X-Correlation-Id', 'x'.repeat(201));
      expect(response.status).toBe(200);
      expect(response.headers['x-correlation-id']).toMatch(UUID);
    });

    it('never writes a token, a password or a session cookie', async () => {
      await t.http().get('/api/me').set('Cookie', admin.cookie).expect(200);
      await t
        .http()
        .post('/api/session')
        .send({ login: 'ops-admin', password: 'a wrong password here' })
        .expect(401);
      const written = JSON.stringify(logs.lines);
      expect(written).not.toContain(committee.token);
      expect(written).not.toContain('test-admin-token');
      expect(written).not.toContain('a wrong password here');
      expect(written).not.toContain(admin.csrfToken);
    });
  });

  describe('GET /metrics', () => {
    const scrape = async (auth = t.adminAuth) => {
      const response = await t.http().get('/metrics').set('Authorization', auth).expect(200);
      expect(response.headers['content-type']).toContain('text/plain; version=0.0.4');
      return parsePrometheusTextFormat(response.text);
    };
    const commandCount = (families: ReturnType<typeof parsePrometheusTextFormat>) =>
      Number(
        families
          .find((f) => f.name === 'hazard_commands_total')
          ?.metrics.find((m) => m.labels?.command === 'ListHazard' && m.labels.outcome === 'ok')
          ?.value ?? 0,
      );

    it('answers admins and the metrics token only', async () => {
      await t.http().get('/metrics').expect(401);
      await t.http().get('/metrics').set('Authorization', committee.auth).expect(403);
      await t.http().get('/metrics').set('Cookie', admin.cookie).expect(200);
      await scrape(`Bearer ${METRICS_TOKEN}`);
    });

    it('parses as Prometheus text, and its command counter moves by one per command', async () => {
      const before = await scrape();
      await listHazard().expect(201);
      const after = await scrape();
      expect(commandCount(after)).toBe(commandCount(before) + 1);
      const types = Object.fromEntries(after.map((f) => [f.name, f.type]));
      expect(types).toMatchObject({
        hazard_commands_total: 'COUNTER',
        hazard_command_duration_seconds: 'HISTOGRAM',
        hazard_http_requests_total: 'COUNTER',
        hazard_http_request_duration_seconds: 'HISTOGRAM',
        hazard_event_store_append_duration_seconds: 'HISTOGRAM',
        hazard_projection_lag_events: 'GAUGE',
        hazard_queue_jobs: 'GAUGE',
        hazard_deadline_lateness_seconds: 'HISTOGRAM',
        hazard_digest_duration_seconds: 'HISTOGRAM',
      });
      const family = (name: string) => after.find((f) => f.name === name)?.metrics ?? [];
      const subscribers = family('hazard_projection_lag_events').map((m) => m.labels?.subscriber);
      expect(subscribers).toEqual(
        expect.arrayContaining(['read-models/hazard-cases', 'identity/users', 'notifications']),
      );
      const queues = new Set(family('hazard_queue_jobs').map((m) => m.labels?.queue));
      expect([...queues].sort()).toEqual([
        'daily-report',
        'deadlines',
        'notifications',
        'weekly-digest',
      ]);
      const routes = family('hazard_http_requests_total').map((m) => m.labels?.route);
      expect(routes).toContain('/api/hazards');
    });
  });

  describe('the queue view at /admin/queues', () => {
    it('is for admins only, by token or by session', async () => {
      await t.http().get('/admin/queues').expect(401);
      await t.http().get('/admin/queues').set('Authorization', committee.auth).expect(403);
      const page = await t.http().get('/admin/queues').set('Cookie', admin.cookie).expect(200);
      expect(page.headers['content-type']).toContain('text/html');
      const { body } = await t
        .http()
        .get('/admin/queues/api/queues')
        .set('Authorization', t.adminAuth)
        .expect(200);
      const names = (body.queues as Array<{ name: string }>).map((q) => q.name).sort();
      expect(names).toEqual(['daily-report', 'deadlines', 'notifications', 'weekly-digest']);
    });

    it('shows a failed webhook delivery and retries it; a change from another site is refused', async () => {
      const redisUrl = String(process.env.REDIS_URL);
      const connection = redisOptionsFromUrl(redisUrl);
      // Under the app's own prefix, where its queue view looks.
      const { prefix } = namespaceOf(await ensureInstallId(t.store), redisUrl);
      const queue = new Queue('notifications', { connection, prefix });
      const failing = new Worker(
        'notifications',
        async () => {
          throw new Error('webhook answered 503');
        },
        { connection, prefix },
      );
      const job = await queue.add('ReminderSent', { url: 'http://127.0.0.1:9/hook' });
      for (let i = 0; i < 200 && (await job.getState()) !== 'failed'; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await failing.close();
      const listed = await t
        .http()
        .get('/admin/queues/api/queues?activeQueue=notifications&status=failed')
        .set('Authorization', t.adminAuth)
        .expect(200);
      const notifications = (
        listed.body.queues as Array<{
          name: string;
          jobs: Array<{ id: string; failedReason: string }>;
        }>
      ).find((q) => q.name === 'notifications');
      expect(notifications?.jobs).toEqual([
        expect.objectContaining({ id: job.id, failedReason: 'webhook answered 503' }),
      ]);
      const retry = `/admin/queues/api/queues/notifications/${job.id}/retry`;
      await t
        .http()
        .put(retry)
        .set('Cookie', admin.cookie)
        .set('Origin', 'https://elsewhere.example')
        .expect(403);
      expect(await job.getState()).toBe('failed');
      await t
        .http()
        .put(retry)
        .set('Cookie', admin.cookie)
        .set('Sec-Fetch-Site', 'same-origin')
        .expect(204);
      expect(await job.getState()).toBe('waiting');
      await queue.close();
    });
  });
});
