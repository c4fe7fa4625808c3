import { loadavg } from 'node:os';
import type { Report } from './run';
import { createUser, startApiProcess } from './api-process';
import { httpClient } from './http-client';
import type { Reply } from './http-client';
import { runLoad } from './load';
import type { LoadResult } from './load';
import { startRedis } from '../support/redis-server';
import { tempDir } from '../support/temp-dir';
import { listingBody, planBody } from '../support/hazard-requests';

const S = 'http';
const CLIENTS = 32;
const CASES = 400;
const HEALTH_REQUESTS = 8000;

export async function run(report: Report): Promise<void> {
  report(S, 'load average (1 min)', loadavg()[0]);
  const dir = tempDir('hazard-bench-http-');
  const redis = await startRedis();
  const api = await startApiProcess({ dataDir: dir.path, redisUrl: redis.url });
  const http = httpClient(api.url, CLIENTS);
  try {
    const committee = await createUser(api, { name: '安委会', roles: ['committee', 'hq'] });
    const leader = await createUser(api, { name: '陈建国', roles: ['leader'] });
    const deadline = new Date(Date.now() + 90 * 86_400_000).toISOString();
    // The ceiling first, on the idle server: the same HTTP stack, no append.
    const health = await runLoad(CLIENTS, HEALTH_REQUESTS, async (_c, _i, time) => {
      await time(() => http.send('GET', '/health'));
    });
    let failures = 0;
    const commands = await runLoad(CLIENTS, CASES, async (_client, i, time) => {
      const ok = (reply: Reply) => {
        if (reply.status >= 300) failures += 1;
        return reply;
      };
      const listed = ok(
        await time(() =>
          http.send('POST', '/api/hazards', committee.auth, {
            ...listingBody,
            title: `压测隐患 ${i}`,
            noticeNumber: `南安安委督〔2026〕压测${i}号`,
          }),
        ),
      );
      const id = (JSON.parse(listed.body) as { id: string }).id;
      const steps: Array<[string, string, object]> = [
        [committee.auth, 'assign-leader', { leaderId: leader.id, leaderName: '陈建国' }],
        [leader.auth, 'submit-plan', { ...planBody, deadline }],
        [committee.auth, 'approve-plan', {}],
        [leader.auth, 'confirm-controls', { note: '警戒区已设置' }],
        [leader.auth, 'record-progress', { note: '加固施工过半' }],
        [leader.auth, 'record-progress', { note: '加固施工完成' }],
        [leader.auth, 'report-rectified', { summary: '整改完成' }],
        [committee.auth, 'close', { note: '验收合格' }],
      ];
      for (const [auth, action, body] of steps) {
        ok(await time(() => http.send('POST', `/api/hazards/${id}/${action}`, auth, body)));
      }
    });
    reportLoad(
      report,
      `mixed commands (${CASES} cases × 9, ${CLIENTS} clients)`,
      commands,
      'commands/s',
    );
    report(S, '  failed commands', failures);
    reportLoad(report, `GET /health, same process (${CLIENTS} clients)`, health, 'requests/s');
    report(
      S,
      'mixed commands / GET /health, same run (target ≥ 0.4; p99 ≤ 20 ms)',
      commands.perSecond / health.perSecond,
      '×',
    );
  } finally {
    http.close();
    await api.stop();
    await redis.stop();
    dir.remove();
  }
}

function reportLoad(report: Report, label: string, result: LoadResult, unit: string): void {
  report(S, label, result.perSecond, unit);
  report(S, '  latency p50 / p99', `${result.p50.toFixed(2)} / ${result.p99.toFixed(2)}`, 'ms');
}
