import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server } from 'node:http';
import { Queue } from 'bullmq';
import { Webhook } from 'standardwebhooks';
import { ManualClock } from '@hazard/domain';
import { metricsRegistry } from '@hazard/observability';
import { ensureInstallId, namespaceOf, redisOptionsFromUrl } from '@hazard/queue';
import { NOW } from '@hazard/testing/case-fixtures';
import { commands, eventually, startDeadlineHarness } from '@hazard/testing/deadline-harness';
import type { DeadlineHarness } from '@hazard/testing/deadline-harness';
import { freePort } from '@hazard/testing/free-port';
import { startRedis } from '@hazard/testing/redis-server';
import type { TestRedis } from '@hazard/testing/redis-server';
import { tempDir } from '@hazard/testing/temp-dir';
import type { DeadlineNotification } from '../notification';
import { WEBHOOK_QUEUE } from './webhook-delivery';
import type { WebhookDelivery } from './webhook-delivery';

const SECRET = `whsec_${Buffer.from('a receiver and this system share me').toString('base64')}`;

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => resolve(body));
  });

interface Delivery {
  body: string;
  headers: IncomingHttpHeaders;
  status: number;
}

/**
 * A receiver as the README shows it: verifies each delivery with the shared secret through
 * the standardwebhooks package, on the raw body, and answers 401 to anything that fails.
 */
function receiver(deliveries: Delivery[]): Server {
  const verifier = new Webhook(SECRET);
  return createServer(async (req, res) => {
    const body = await readBody(req);
    let status = 204;
    try {
      verifier.verify(body, req.headers as Record<string, string>);
    } catch {
      status = 401;
    }
    deliveries.push({ body, headers: req.headers, status });
    res.writeHead(status).end();
  });
}

describe('webhook deliveries signed per Standard Webhooks', () => {
  const dataDir = tempDir('hazard-signed-');
  const deliveries: Delivery[] = [];
  const hook = receiver(deliveries);
  let url = '';
  let redisServer: TestRedis;
  let h: DeadlineHarness;

  beforeAll(async () => {
    redisServer = await startRedis();
    const port = await freePort();
    await new Promise<void>((resolve) => hook.listen(port, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${port}/hook`;
    h = await startDeadlineHarness(
      redisServer,
      dataDir,
      new ManualClock(NOW),
      { NOTIFY_WEBHOOK_URL: url, NOTIFY_WEBHOOK_SECRET: SECRET },
      true,
    );
  });
  afterAll(async () => {
    await h.stop();
    await new Promise((resolve) => hook.close(resolve));
    await redisServer.stop();
    dataDir.remove();
  });

  it('signs each delivery so that the receiver verifies it, and a tampered body fails', async () => {
    await h.run('c-s', commands.list('c-s'));
    await h.run('c-s', commands.assign());
    await eventually(() => expect(deliveries).toHaveLength(1));
    const [signed] = deliveries;
    expect(signed.status).toBe(204);
    const notice = JSON.parse(signed.body) as DeadlineNotification;
    expect(notice.type).toBe('ReminderSent');
    expect(signed.headers['webhook-id']).toBe(notice.id);
    expect(signed.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);

    const forwarded = {
      'content-type': 'application/json',
      'webhook-id': String(signed.headers['webhook-id']),
      'webhook-timestamp': String(signed.headers['webhook-timestamp']),
      'webhook-signature': String(signed.headers['webhook-signature']),
    };
    const tampered = signed.body.replace(notice.caseId, 'c-forged');
    expect(tampered).not.toBe(signed.body);
    const forged = await fetch(url, { method: 'POST', headers: forwarded, body: tampered });
    expect(forged.status).toBe(401);
    const unsigned = await fetch(url, { method: 'POST', body: signed.body });
    expect(unsigned.status).toBe(401);
    // The genuine body with its headers still passes: only the change was refused.
    const replayed = await fetch(url, { method: 'POST', headers: forwarded, body: signed.body });
    expect(replayed.status).toBe(204);
  });

  it('carries the correlation id of the command that set the deadline to the job, its event and the delivery', async () => {
    const events = await h.events('c-s');
    const assigned = events.find((e) => e.type === 'LeaderAssigned');
    const reminded = events.find((e) => e.type === 'ReminderSent');
    expect(assigned?.metadata.correlationId).toEqual(expect.any(String));
    expect(reminded?.metadata.correlationId).toBe(assigned?.metadata.correlationId);
    const { prefix } = namespaceOf(await ensureInstallId(h.store), redisServer.url);
    const queue = new Queue<WebhookDelivery>(WEBHOOK_QUEUE, {
      connection: redisOptionsFromUrl(redisServer.url),
      prefix,
    });
    const [delivered] = await queue.getJobs(['completed']);
    expect(delivered.data.correlationId).toBe(assigned?.metadata.correlationId);
    await queue.close();
  });

  it('times how late each deadline job took effect', async () => {
    const text = await metricsRegistry.getSingleMetricAsString('hazard_deadline_lateness_seconds');
    expect(text).toContain('hazard_deadline_lateness_seconds_count{action="remind"} 1');
  });
});
