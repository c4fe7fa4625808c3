import { join } from 'node:path';
import { handleCaseCommand, caseStream } from '@hazard/commands';
import type { CaseEvent } from '@hazard/commands';
import { validateEnvironment } from '@hazard/config';
import { deadlinePolicyFrom } from '@hazard/runtime';
import { SqliteEventStore } from '@hazard/event-store';
import { startWorkerProcess } from '../support/app-process';
import { actors, leader, listing } from '../support/case-fixtures';
import { eventually } from '../support/deadline-harness';
import { startRedis } from '../support/redis-server';
import type { TestRedis } from '../support/redis-server';
import { tempDir } from '../support/temp-dir';

const CASES = 20;
// One policy "day" lasts a second: plan due after 3 s, ladder at +2 s and +3 s more.
const ENV = { DEADLINE_DAY_SECONDS: '1', ESCALATION_INTERVAL_DAYS: '2,3' };

describe('a worker killed with SIGKILL while deadlines are due', () => {
  const dataDir = tempDir('hazard-crash-');
  let redis: TestRedis;
  let store: SqliteEventStore;
  const policy = deadlinePolicyFrom(validateEnvironment(ENV));

  beforeAll(async () => {
    redis = await startRedis();
    store = new SqliteEventStore(join(dataDir.path, 'events.sqlite'));
  });
  afterAll(async () => {
    await store.close();
    await redis.stop();
    dataDir.remove();
  });

  it('loses nothing and appends every event exactly once after a restart', async () => {
    const env = { DATA_DIR: dataDir.path, REDIS_URL: redis.url, ...ENV };
    const first = await startWorkerProcess(env);
    const caseIds = Array.from({ length: CASES }, (_, i) => `crash-${i}`);
    for (const [i, caseId] of caseIds.entries()) {
      const deps = { store, now: new Date(), timeZone: 'Asia/Shanghai', policy };
      const committee = actors.committee;
      await handleCaseCommand(deps, {
        caseId,
        command: { type: 'ListHazard', data: { caseId, listing } },
        actor: committee,
        commandId: `list-${caseId}`,
      });
      await handleCaseCommand(deps, {
        caseId,
        command: { type: 'AssignLeader', data: { leader } },
        actor: committee,
        commandId: `assign-${caseId}`,
      });
      // Spread the deadlines so some are due at the moment of the kill.
      if (i % 5 === 4) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const history = async (caseId: string): Promise<CaseEvent[]> =>
      (await store.read(caseStream.streamId(caseId))).map(caseStream.decode);
    await eventually(async () => {
      const missed = await Promise.all(caseIds.map(history));
      expect(
        missed.filter((events) => events.some((e) => e.type === 'DeadlineMissed')).length,
      ).toBeGreaterThan(0);
    }, 20_000);
    await first.kill();

    const second = await startWorkerProcess(env);
    const ladder = ['DeadlineMissed', 'urgingLetter', 'publicNotice', 'summons'];
    const steps = (events: CaseEvent[]) =>
      events
        .filter((e) => e.type === 'DeadlineMissed' || e.type === 'EscalationRaised')
        .map((e) => (e.type === 'DeadlineMissed' ? e.type : String(e.data.level)));
    await eventually(async () => {
      for (const caseId of caseIds) expect(steps(await history(caseId))).toEqual(ladder);
    }, 45_000);
    for (const caseId of caseIds) {
      const events = await history(caseId);
      const reminders = events
        .filter((e) => e.type === 'ReminderSent')
        .map((e) => e.data.daysBefore);
      expect(new Set(reminders).size).toBe(reminders.length);
      expect(new Set(events.map((e) => e.metadata.commandId)).size).toBe(events.length);
    }

    // Graceful: the worker closes (waiting for its active jobs), then Nest re-raises SIGTERM.
    expect(await second.stop()).toBe('SIGTERM');
    expect(second.output()).toContain('deadline worker closed, no job left running');
  }, 120_000);
});
