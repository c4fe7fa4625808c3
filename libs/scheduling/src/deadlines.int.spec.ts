import type { Redis } from 'ioredis';
import { DAY_MS, ManualClock } from '@hazard/domain';
import { NOW } from '@hazard/testing/case-fixtures';
import {
  commands,
  eventually,
  resetDeadlineState,
  startDeadlineHarness,
} from '@hazard/testing/deadline-harness';
import type { DeadlineHarness } from '@hazard/testing/deadline-harness';
import { startRedis } from '@hazard/testing/redis-server';
import type { TestRedis } from '@hazard/testing/redis-server';
import { tempDir } from '@hazard/testing/temp-dir';

const HOUR_MS = 3_600_000;
const at = (days: number) => new Date(NOW.getTime() + days * DAY_MS).toISOString();
const count = (types: string[], type: string) => types.filter((t) => t === type).length;

describe('deadline jobs on a real Redis', () => {
  const dataDir = tempDir('hazard-deadlines-');
  let redisServer: TestRedis;
  let h: DeadlineHarness;
  let redis: Redis;

  beforeAll(async () => {
    redisServer = await startRedis();
  });
  beforeEach(async () => {
    h = await startDeadlineHarness(redisServer, dataDir, new ManualClock(NOW));
    redis = await h.redis();
  });
  afterEach(async () => {
    await h.stop();
    const { default: IORedis } = await import('ioredis');
    const cleaner = new IORedis(redisServer.url);
    await resetDeadlineState(cleaner, dataDir);
    cleaner.disconnect();
  });
  afterAll(async () => {
    await redisServer.stop();
    dataDir.remove();
  });

  async function assignedCase(caseId: string): Promise<void> {
    await h.run(caseId, commands.list(caseId));
    await h.run(caseId, commands.assign());
  }

  async function rectifiedCase(caseId: string): Promise<void> {
    await assignedCase(caseId);
    await h.run(caseId, commands.submitPlan(at(30)), 'leader');
    await h.run(caseId, { type: 'ApprovePlan', data: {} });
    await h.run(caseId, { type: 'ConfirmControls', data: { note: '警戒区已设置' } }, 'leader');
    await h.run(caseId, { type: 'ReportRectified', data: { summary: '已加固' } }, 'leader');
  }

  it('reminds before the deadline, then appends DeadlineMissed exactly once', async () => {
    await assignedCase('c-miss');
    // Urgent: 3 days to submit the plan, so the 3-day reminder is due at once.
    await eventually(async () => expect(await h.types('c-miss')).toContain('ReminderSent'));
    await h.advance(2 * DAY_MS);
    await eventually(async () => expect(count(await h.types('c-miss'), 'ReminderSent')).toBe(2));
    await h.advance(DAY_MS);
    await eventually(async () =>
      expect(await h.types('c-miss')).toEqual([
        'HazardListed',
        'LeaderAssigned',
        'ReminderSent',
        'ReminderSent',
        'DeadlineMissed',
        'EscalationRaised:urgingLetter',
      ]),
    );
    const missed = (await h.events('c-miss')).find((e) => e.type === 'DeadlineMissed');
    expect(missed?.metadata).toMatchObject({ actor: { role: 'scheduler' } });
    await eventually(async () =>
      expect((await h.jobsOf('c-miss')).map((j) => j.level)).toEqual(['publicNotice']),
    );
  });

  it('appends nothing when a job fires again late or twice', async () => {
    await assignedCase('c-dup');
    // One job per case, moved on by the processor as each fires: 3-day reminder, 1-day, miss.
    await eventually(async () => expect(await h.types('c-dup')).toContain('ReminderSent'));
    await h.advance(2 * DAY_MS);
    await eventually(async () =>
      expect((await h.jobsOf('c-dup')).map((j) => j.action)).toEqual(['miss']),
    );
    const [missJob] = await h.jobsOf('c-dup');
    await h.advance(DAY_MS);
    await eventually(async () => expect(await h.types('c-dup')).toContain('DeadlineMissed'));
    const before = (await h.events('c-dup')).length;
    const copies = await Promise.all(
      ['copy-1', 'copy-2'].map((jobId) => h.queue.add('miss', missJob, { jobId })),
    );
    await eventually(async () => {
      for (const copy of copies) {
        expect((await h.queue.getJob(copy.id as string))?.returnvalue).toBe('noLongerApplies');
      }
    });
    expect(await h.events('c-dup')).toHaveLength(before);
  });

  it('lets an approved extension replace the deadline, so the old one never fires', async () => {
    await assignedCase('c-ext');
    await h.advance(DAY_MS);
    await h.run(
      'c-ext',
      { type: 'RequestExtension', data: { deadline: at(10), reason: '汛期' } },
      'leader',
    );
    await h.run('c-ext', { type: 'ApproveExtension', data: {} });
    const extended = Date.parse(at(10));
    await eventually(async () => {
      const jobs = await h.jobsOf('c-ext');
      expect(jobs.map((j) => Date.parse(j.deadline))).toEqual([extended]);
    });
    await h.advance(6 * DAY_MS + HOUR_MS);
    await eventually(async () => {
      const reminders = (await h.events('c-ext')).filter((e) => e.type === 'ReminderSent');
      expect(reminders.map((e) => Date.parse(String(e.data.deadline)))).toContain(extended);
    });
    expect(await h.types('c-ext')).not.toContain('DeadlineMissed');
  });

  it('cancels all of a case’s jobs when it is closed', async () => {
    await rectifiedCase('c-close');
    await eventually(async () =>
      expect((await h.jobsOf('c-close')).map((j) => j.kind)).toContain('acceptance'),
    );
    await h.run('c-close', { type: 'CloseCase', data: { note: '验收合格' } });
    await eventually(async () => expect(await h.jobsOf('c-close')).toEqual([]));
  });

  it('climbs the whole escalation ladder in order while the case stays overdue', async () => {
    await assignedCase('c-ladder');
    await h.advance(3 * DAY_MS);
    await eventually(async () =>
      expect(await h.types('c-ladder')).toContain('EscalationRaised:urgingLetter'),
    );
    await h.advance(7 * DAY_MS);
    await eventually(async () =>
      expect(await h.types('c-ladder')).toContain('EscalationRaised:publicNotice'),
    );
    await h.advance(14 * DAY_MS);
    await eventually(async () =>
      expect((await h.types('c-ladder')).filter((t) => /Missed|Escalation/.test(t))).toEqual([
        'DeadlineMissed',
        'EscalationRaised:urgingLetter',
        'EscalationRaised:publicNotice',
        'EscalationRaised:summons',
      ]),
    );
    await eventually(async () => expect(await h.jobsOf('c-ladder')).toEqual([]));
  });

  it('holds one job per open case in Redis: its next one, nothing else', async () => {
    await assignedCase('c-one');
    await rectifiedCase('c-two');
    await eventually(async () => {
      // Urgent: the 3-day reminder went out at once; next, the 1-day one.
      expect((await h.jobsOf('c-one')).map((j) => [j.action, j.daysBefore])).toEqual([
        ['remind', 1],
      ]);
      expect((await h.jobsOf('c-two')).map((j) => [j.kind, j.action, j.daysBefore])).toEqual([
        ['acceptance', 'remind', 3],
      ]);
    });
    // A job being run at this instant is neither delayed nor waiting: look again until settled.
    await eventually(async () =>
      expect((await h.queue.getRanges(['delayed', 'wait'], 0, -1)).sort()).toEqual([
        'c_c-one',
        'c_c-two',
      ]),
    );
  });

  it('restores every pending job after FLUSHALL, and a sweep drops stale ones', async () => {
    await assignedCase('c-a');
    await rectifiedCase('c-b');
    await assignedCase('c-c');
    await rectifiedCase('c-d');
    await h.run('c-d', { type: 'CloseCase', data: { note: '验收合格' } });
    await h.advance(3 * DAY_MS + HOUR_MS);
    await eventually(async () => {
      for (const caseId of ['c-a', 'c-c']) {
        expect((await h.jobsOf(caseId)).map((j) => j.level)).toEqual(['publicNotice']);
      }
    });
    const jobs = async () =>
      (await h.queue.getJobs(['delayed', 'wait']))
        .map((job) => ({ id: job.id, data: job.data as unknown }))
        .sort((a, b) => String(a.id).localeCompare(String(b.id)));
    const pending = await jobs();
    expect(pending).toHaveLength(3);

    // Redis emptied, and seen empty in the same transaction: the detector (or a job in flight)
    // may put things back at any moment after it.
    const flushed = await redis.multi().flushall().dbsize().exec();
    expect(flushed?.[1]).toEqual([null, 0]);
    // No restart, no operator: the detector sees the install's marker gone and rebuilds.
    await eventually(async () => expect(await jobs()).toEqual(pending));

    await h.queue.add(
      'miss',
      { caseId: 'ghost', jobId: 'deadline_ghost_planSubmission_1_miss' },
      { jobId: 'c_ghost', delay: DAY_MS },
    );
    const report = await h.reconciler.run();
    expect(await jobs()).toEqual(pending);
    expect(report).toMatchObject({ cases: 3, jobs: 3, added: 0, removed: 1 });
  });
});
