import type { Redis } from 'ioredis';
import { DAY_MS, ManualClock, SCHEDULER_ACTOR } from '@hazard/domain';
import type { GeneralHazardCommandService } from '@hazard/commands';
import { generalHazardStreamId } from '@hazard/commands';
import { foundHazard, NOW, campaignActors } from '@hazard/testing/campaign-fixtures';
import {
  eventually,
  resetDeadlineState,
  startDeadlineHarness,
} from '@hazard/testing/deadline-harness';
import type { DeadlineHarness } from '@hazard/testing/deadline-harness';
import { startRedis } from '@hazard/testing/redis-server';
import type { TestRedis } from '@hazard/testing/redis-server';
import { tempDir } from '@hazard/testing/temp-dir';

const at = (days: number) => new Date(NOW.getTime() + days * DAY_MS).toISOString();

describe('general-hazard deadlines through the same BullMQ machinery', () => {
  const dataDir = tempDir('hazard-general-deadlines-');
  let redisServer: TestRedis;
  let h: DeadlineHarness;
  let hazards: GeneralHazardCommandService;
  let commands = 0;

  const types = async (id: string) =>
    (await h.store.read(generalHazardStreamId(id))).map((e) => e.type);
  const open = (id: string, deadlineInDays: number) =>
    hazards.execute({
      id,
      command: {
        type: 'OpenFinding',
        data: {
          hazard: { ...foundHazard, hazardId: id, rectificationDeadline: at(deadlineInDays) },
        },
      },
      actor: SCHEDULER_ACTOR,
      commandId: `open-${id}`,
    });

  beforeAll(async () => {
    redisServer = await startRedis();
    h = await startDeadlineHarness(redisServer, dataDir, new ManualClock(NOW));
    // Imported only now: the environment (DATA_DIR) is read when RuntimeModule first loads.
    const { GeneralHazardCommandService: Service } = await import('@hazard/commands');
    hazards = h.app.get(Service);
  });
  afterAll(async () => {
    await h.stop();
    const { default: IORedis } = await import('ioredis');
    const cleaner: Redis = new IORedis(redisServer.url);
    await resetDeadlineState(cleaner, dataDir);
    cleaner.disconnect();
    await redisServer.stop();
    dataDir.remove();
  });

  it('reminds before the rectification deadline, then records the miss once', async () => {
    await open('gh-miss', 2);
    // 3 and 1 days before: the 3-day reminder is overtaken, so one reminder now, one later.
    await eventually(async () =>
      expect(await types('gh-miss')).toEqual(['GeneralHazardFound', 'GeneralReminderSent']),
    );
    // One job per hazard, moved on as each fires: now the 1-day reminder.
    await eventually(async () =>
      expect((await h.jobsOf('gh-miss')).map((j) => [j.stream, j.action, j.daysBefore])).toEqual([
        ['generalHazard', 'remind', 1],
      ]),
    );
    await h.advance(DAY_MS);
    await eventually(async () => expect(await types('gh-miss')).toHaveLength(3));
    await h.advance(DAY_MS);
    await eventually(async () =>
      expect(await types('gh-miss')).toEqual([
        'GeneralHazardFound',
        'GeneralReminderSent',
        'GeneralReminderSent',
        'GeneralDeadlineMissed',
      ]),
    );
    await eventually(async () => expect(await h.jobsOf('gh-miss')).toEqual([]));
  });

  it('moves to the verification deadline once the fix is reported, and restores it after FLUSHALL', async () => {
    await open('gh-fixed', 20);
    await hazards.execute({
      id: 'gh-fixed',
      command: { type: 'ReportRectified', data: { summary: '已整改' } },
      actor: campaignActors.unit,
      commandId: `fix-${(commands += 1)}`,
    });
    const verification = async () =>
      (await h.jobsOf('gh-fixed')).filter((j) => j.kind === 'verification');
    await eventually(async () => expect(await verification()).toHaveLength(1));
    expect((await h.jobsOf('gh-fixed')).some((j) => j.kind === 'rectification')).toBe(false);
    await (await h.redis()).flushall();
    expect(await h.jobsOf('gh-fixed')).toEqual([]);
    // The running system notices the loss and rebuilds the job, without a restart.
    await eventually(async () => expect(await verification()).toHaveLength(1));
  });
});
