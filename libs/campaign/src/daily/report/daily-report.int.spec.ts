import { getQueueToken } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { Test } from '@nestjs/testing';
import type { TestingModule } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import {
  CLOCK,
  DEADLINE_POLICY,
  DEFAULT_DEADLINE_POLICY,
  DEFAULT_GENERAL_HAZARD_POLICY,
  drawSpotChecks,
  GENERAL_HAZARD_POLICY,
  ManualClock,
  spotCheckWeight,
} from '@hazard/domain';
import { EVENT_STORE, SqliteEventStore } from '@hazard/event-store';
import { validateEnvironment } from '@hazard/config';
import { inspectionStreamId } from '@hazard/commands';
import { buildDailyReport, dailyReportStream, renderDailyReport } from '@hazard/reporting';
import type { DailyReportEvent } from '@hazard/reporting';
import { dailyReportNotificationFor } from '../../../../notifications/src/notification-for-event';
import { RedisLossDetector } from '@hazard/queue';
import { startRedis } from '@hazard/testing/redis-server';
import type { TestRedis } from '@hazard/testing/redis-server';
import { finished } from '@hazard/testing/queue-jobs';
import { tempDir } from '@hazard/testing/temp-dir';
import { campaignActors } from '@hazard/testing/campaign-fixtures';
import {
  at,
  D1,
  D2,
  D3,
  DAILY_TZ,
  dailyScenario,
  hazardUnit,
  inspect,
  record,
} from '@hazard/testing/daily-scenario';
import { CampaignReadModel } from '../../read-model/campaign-read-model.service';
import { DailyWorkerModule } from '../daily-worker.module';
import { DailyFigures } from '../figures/daily-figures.service';
import { SpotChecks } from '../spot-checks/spot-checks.service';
import { DailyReportService } from './daily-report.service';
import { DAILY_REPORT_QUEUE, DAILY_REPORT_SCHEDULER_ID } from './daily-report.queue';

const D4 = '2026-12-03';

/** The next 18:00 in Shanghai (UTC+8, no DST) after `now`: 10:00 UTC. */
const next1800Shanghai = (now: number): number => {
  const day = new Date(now);
  day.setUTCHours(10, 0, 0, 0);
  if (day.getTime() <= now) day.setUTCDate(day.getUTCDate() + 1);
  return day.getTime();
};

/** Every number in a rendering, in order: what both languages must agree on. */
const numbersIn = (text: string): string[] => text.match(/\d+(?:\.\d+)?/g) ?? [];

describe('the daily report (每日一报) on a real Redis', () => {
  const dir = tempDir();
  const store = new SqliteEventStore(dir.file('events.sqlite'));
  const clock = new ManualClock(new Date(at(D2, '19:00')));
  const scenario = dailyScenario(store);
  let redis: TestRedis;
  let app: TestingModule;
  let queue: Queue;
  let reports: DailyReportService;

  beforeAll(async () => {
    redis = await startRedis();
    await scenario.day1();
    await scenario.day2();
    // D2, 19:00: the system starts an hour after the 18:00 run it missed.
    @Module({
      providers: [
        { provide: EVENT_STORE, useValue: store },
        { provide: CLOCK, useValue: clock },
        { provide: DEADLINE_POLICY, useValue: DEFAULT_DEADLINE_POLICY },
        { provide: GENERAL_HAZARD_POLICY, useValue: DEFAULT_GENERAL_HAZARD_POLICY },
      ],
      exports: [EVENT_STORE, CLOCK, DEADLINE_POLICY, GENERAL_HAZARD_POLICY],
    })
    class InfrastructureModule {}
    app = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          ignoreEnvVars: true,
          validate: () =>
            validateEnvironment({
              REDIS_URL: redis.url,
              TIME_ZONE: DAILY_TZ,
              DATA_DIR: dir.path,
              SPOT_CHECK_SAMPLE_SIZE: '3',
            }),
        }),
        { module: InfrastructureModule, global: true },
        DailyWorkerModule,
      ],
    }).compile();
    await app.init();
    // The schedule is put in Redis by the loss detector's first run, as at every start.
    await app.get(RedisLossDetector).firstRun;
    queue = app.get<Queue>(getQueueToken(DAILY_REPORT_QUEUE));
    reports = app.get(DailyReportService);
  });

  afterAll(async () => {
    await app?.close();
    await store.close();
    await redis?.stop();
    dir.remove();
  });

  it("catches up the missed run at start-up: D2's report, as the scheduler", async () => {
    const issued = await reports.find(D2);
    expect(issued.issuedBy.role).toBe('scheduler');
    expect(issued.issuedAt).toBe(at(D2, '19:00'));
    // Issued before the day ended: its cut-off is the moment of issuing.
    expect(issued.report.cutOff).toBe(at(D2, '19:00'));
    // The hand computation of daily-figures.int.spec.ts: 4 units, 4 hazards, 2 verified.
    expect(issued.report.headline).toEqual({ units: 4, hazards: 4, rectified: 2, rate: 0.5 });
    // M1's deadline is 20:00: at the 19:00 cut-off nothing is overdue yet.
    expect(issued.report.overdue).toEqual({ count: 0, shown: [] });
  });

  it('schedules the real cron pattern in Shanghai time: the next 18:00', async () => {
    const scheduler = await queue.getJobScheduler(DAILY_REPORT_SCHEDULER_ID);
    expect(scheduler).toMatchObject({ pattern: '0 18 * * *', tz: 'Asia/Shanghai' });
    expect(scheduler?.next).toBe(next1800Shanghai(Date.now()));
  });

  it('a fired run at 18:00 of a controlled day issues that day, once, with the true counts', async () => {
    await scenario.day3();
    clock.set(new Date(at(D3, '18:00')));
    const [due] = await queue.getDelayed();
    expect(due.name).toBe('issue-daily-report');
    // Fire the real scheduled job now instead of waiting for the evening.
    await due.promote();
    const done = await finished(queue, due.id as string);
    expect(done.returnvalue).toEqual({ date: D3, created: true });
    const issued = await reports.find(D3);
    expect(issued.issuedAt).toBe(at(D3, '18:00'));
    expect(issued.report.headline).toEqual({ units: 3, hazards: 5, rectified: 3, rate: 0.6 });
    expect(renderDailyReport(issued.report, 'md', 'zh-CN').body).toContain(
      '全市共梳理各类生产经营单位3家，累计排查各类隐患5项，已完成整改3项，隐患整改率达到60.00%',
    );
    expect(issued.report.spotChecks).toMatchObject({ visits: 1, hazardsFound: 1, rectified: 0 });
    expect(await store.read(dailyReportStream.streamId(D3))).toHaveLength(1);
    // Reproducible: the same facts before the recorded cut-off give the same report.
    const figures = app.get(DailyFigures);
    const cutOff = new Date(issued.report.cutOff);
    expect(
      buildDailyReport(figures.snapshot(cutOff), {
        date: D3,
        timeZone: DAILY_TZ,
        cutOff,
        shown: issued.report.laggards.shown,
      }),
    ).toEqual(issued.report);
  });

  it('issues a day once when two issuers race', async () => {
    const [a, b] = await Promise.all([
      reports.issue(campaignActors.committee, D1),
      reports.issue(campaignActors.committee, D1),
    ]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(a.report).toEqual(b.report);
    expect(await store.read(dailyReportStream.streamId(D1))).toHaveLength(1);
    // D1 has ended: its report counts everything stamped on D1, nothing after.
    expect(a.report.cutOff).toBe('2026-12-01T00:00:00+08:00');
    expect(a.report.headline).toEqual({ units: 3, hazards: 3, rectified: 0, rate: 0 });
    const again = await reports.issue(campaignActors.committee, D1);
    expect(again).toMatchObject({ created: false, issuedAt: a.issuedAt });
  });

  it('says the same numbers in Chinese and English, in every format', async () => {
    const { report } = await reports.find(D3);
    for (const format of ['md', 'html'] as const) {
      const zh = numbersIn(
        renderDailyReport(report, format, 'zh-CN').body.replace(/<style>[^]*<\/style>/, ''),
      );
      const en = numbersIn(
        renderDailyReport(report, format, 'en').body.replace(/<style>[^]*<\/style>/, ''),
      );
      expect(zh).toEqual(en);
      expect(zh.length).toBeGreaterThan(40);
    }
    const json = (lang: 'zh-CN' | 'en') =>
      JSON.parse(renderDailyReport(report, 'json', lang).body) as { headlineText: string };
    expect(numbersIn(json('zh-CN').headlineText)).toEqual(['3', '5', '3', '60.00']);
    expect(numbersIn(json('en').headlineText)).toEqual(['3', '5', '3', '60.00']);
  });

  it('notifies the configured recipients, by role, jurisdiction or user, in both languages', async () => {
    const [event] = await store.read(dailyReportStream.streamId(D3));
    const notice = dailyReportNotificationFor(dailyReportStream.decode(event) as DailyReportEvent, [
      'committee',
      'town@水头镇',
      'user:u-mayor',
    ]);
    expect(notice).toMatchObject({
      type: 'DailyReportIssued',
      date: D3,
      recipients: ['role:committee', 'role:town@水头镇', 'user:u-mayor'],
    });
    expect(numbersIn(notice.text['zh-CN'].body)).toEqual(numbersIn(notice.text.en.body));
  });

  it('draws the spot checks reproducibly from the recorded seed, never the same unit twice', async () => {
    // D4: five more units report zero hazards; U2 was drawn on D3 (within 30 days).
    clock.set(new Date(at(D4, '10:00')));
    const units = ['U5', 'U6', 'U7', 'U8', 'U9'];
    for (const [i, id] of units.entries()) {
      await record(
        store,
        `unit-${id}`,
        {
          type: 'UnitRegistered',
          data: {
            unitId: id,
            profile: {
              ...hazardUnit('U1'),
              name: `${id}号厂`,
              creditCode: null,
              otherIdentifier: id,
              address: '水头镇',
              professionalDomains: [],
              riskFlags: i % 2 === 0 ? ['dustExplosion'] : [],
            },
            supervision: { level: 'town', by: '水头镇' },
          },
        },
        at(D4, '08:00'),
      );
      await inspect(
        store,
        { id: `I-${id}`, unit: { ...hazardUnit('U1'), unitId: id }, kind: 'self', findings: [] },
        at(D4, '09:00'),
      );
    }
    const spotChecks = app.get(SpotChecks);
    const { draw, created } = await spotChecks.draw(campaignActors.hq, {
      date: D4,
      seed: 'seed-d4',
    });
    expect(created).toBe(true);
    expect(draw.seed).toBe('seed-d4');
    // Candidates: the five new units (never visited, weight 1 + flags + 365/30); not U2.
    expect(draw.candidates).toEqual(
      units.map((unitId, i) => ({
        unitId,
        weight: Math.round(spotCheckWeight(i % 2 === 0 ? 1 : 0, null) * 10_000) / 10_000,
      })),
    );
    expect(draw.drawn).toHaveLength(3);
    // Drawn again from what the event recorded, the same units in the same order.
    expect(drawSpotChecks(draw.seed, draw.candidates, draw.size)).toEqual(
      draw.drawn.map((d) => d.unitId),
    );
    expect(draw.drawn.map((d) => d.spotCheckId)).toEqual([`${D4}/1`, `${D4}/2`, `${D4}/3`]);
    // Drawing the day again returns the stored draw.
    const again = await spotChecks.draw(campaignActors.hq, { date: D4, seed: 'other' });
    expect(again).toMatchObject({ created: false, draw });

    // The field team visits the first; the list shows it visited with its findings.
    const first = draw.drawn[0];
    await inspect(
      store,
      {
        id: 'I-visit',
        unit: { ...hazardUnit('U1'), unitId: first.unitId },
        kind: 'fieldGuidance',
        spotCheckId: first.spotCheckId,
        findings: [{ hazardId: 'H-visit', deadline: at('2026-12-10', '18:00') }],
      },
      at(D4, '11:00'),
    );
    expect((await store.read(inspectionStreamId('I-visit')))[0].data).toMatchObject({
      spotCheckId: first.spotCheckId,
    });
    await app.get(CampaignReadModel).caughtUp();
    const list = await spotChecks.list(D4);
    expect(list).toMatchObject({ drawn: true, seed: 'seed-d4', candidates: 5 });
    expect(list.items.map((i) => [i.unitId, i.visited, i.findings])).toEqual(
      draw.drawn.map((d, i) => [d.unitId, i === 0, i === 0 ? 1 : 0]),
    );
  });
});
