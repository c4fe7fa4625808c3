import { join } from 'node:path';
import { Queue } from 'bullmq';
import { handleCaseCommand } from '@hazard/commands';
import { DEFAULT_DEADLINE_POLICY } from '@hazard/domain';
import { SqliteEventStore } from '@hazard/event-store';
import { ensureInstallId, redisOptionsFromUrl } from '@hazard/queue';
import { actors, leader, listing } from '../support/case-fixtures';
import { runCli } from '../support/cli-process';
import { startRedis } from '../support/redis-server';
import type { TestRedis } from '../support/redis-server';
import { tempDir } from '../support/temp-dir';

describe('cli reconcile', () => {
  const dataDir = tempDir('hazard-reconcile-');
  let redis: TestRedis;
  let queue: Queue;

  beforeAll(async () => {
    redis = await startRedis();
    const store = new SqliteEventStore(join(dataDir.path, 'events.sqlite'));
    // The install's own key prefix, as the CLI finds it in the same event store.
    const prefix = `hz:${await ensureInstallId(store)}`;
    queue = new Queue('deadlines', { connection: redisOptionsFromUrl(redis.url), prefix });
    const deps = {
      store,
      now: new Date(),
      timeZone: 'Asia/Shanghai',
      policy: DEFAULT_DEADLINE_POLICY,
    };
    for (const caseId of ['r-1', 'r-2', 'r-3']) {
      await handleCaseCommand(deps, {
        caseId,
        command: { type: 'ListHazard', data: { caseId, listing } },
        actor: actors.committee,
        commandId: `list-${caseId}`,
      });
      if (caseId === 'r-3') continue;
      await handleCaseCommand(deps, {
        caseId,
        command: { type: 'AssignLeader', data: { leader } },
        actor: actors.committee,
        commandId: `assign-${caseId}`,
      });
    }
    await store.close();
  });
  afterAll(async () => {
    await queue.close();
    await redis.stop();
    dataDir.remove();
  });

  it('schedules from the events every deadline job an empty Redis lacks, showing progress', async () => {
    const env = { DATA_DIR: dataDir.path, REDIS_URL: redis.url };
    const first = await runCli(['reconcile'], env);
    expect(first).toMatchObject({ code: 0 });
    expect(first.stderr).toContain('3 / 3 cases');
    // Two assigned cases: each its next job (the reminder due now); the listed one has none.
    expect(first.stdout).toContain('reconciled 3 open cases');
    expect(first.stdout).toContain('2 pending jobs, 2 added, 0 stale removed');
    const ids = await queue.getRanges(['delayed', 'wait'], 0, -1);
    expect(ids.sort()).toEqual(['c_r-1', 'c_r-2']);

    const again = await runCli(['reconcile'], env);
    expect(again.stdout).toContain('2 pending jobs, 0 added, 0 stale removed');
  });
});
