import Database from 'better-sqlite3';
import fc from 'fast-check';
import type { HazardEvent } from '@hazard/workflows';
import { DEFAULT_DEADLINE_POLICY } from '@hazard/domain';
import { ProjectionRunner, SqliteEventStore } from '@hazard/event-store';
import type { NewEvent } from '@hazard/event-store';
import { caseStream } from '@hazard/commands';
import { asNewEvents, caseHistory } from '@hazard/testing/case-arbitraries';
import { tempDir } from '@hazard/testing/temp-dir';
import { weekBounds } from '../../iso-week';
import { computeWeeklyDigestFromStore } from '../compute-weekly-digest';
import { DIGEST_TIMELINE_SUBSCRIBER, DigestTimelineProjection } from './digest-timeline.projection';
import { DigestTimeline } from './digest-timeline.query';

const TZ = 'Asia/Shanghai';
const W46 = Date.parse('2026-11-09T00:00:00+08:00');
const HOUR = 3_600_000;
const TOWNS = ['水头镇', '官桥镇', '洪濑镇'];

interface CaseSpec {
  history: HazardEvent[];
  town: string;
  startHours: number;
  stepHours: number;
}

/** A case: its history, its town, when it starts and how far apart its events are. */
const aCase: fc.Arbitrary<CaseSpec> = fc.record({
  history: caseHistory(25),
  town: fc.constantFrom(...TOWNS),
  startHours: fc.nat({ max: 24 * 14 }),
  stepHours: fc.integer({ min: 1, max: 48 }),
});

/** The cases' events merged in business-time order, as the store would have taken them. */
function logOf(cases: CaseSpec[], others: number): Array<[string, NewEvent]> {
  const all = cases.flatMap(({ history, town, startHours, stepHours }, c) => {
    const caseId = `case-${c}`;
    const listed = history.map((event): HazardEvent =>
      event.type === 'HazardListed'
        ? {
            ...event,
            data: {
              caseId,
              listing: { ...event.data.listing, town, noticeNumber: `督〔2026〕${c}号` },
            },
          }
        : event,
    );
    return asNewEvents(listed, caseId, W46 + startHours * HOUR, stepHours * HOUR).map(
      (event): [string, NewEvent] => [caseStream.streamId(caseId), event],
    );
  });
  // Other streams' events count in the digest's source but fold into no case.
  for (let i = 0; i < others; i++) {
    all.push([
      `digest-weekly-x${i}`,
      {
        id: `other-${i}`,
        type: 'WeeklyDigestIssued',
        data: {},
        metadata: { occurredAt: new Date(W46 + i * 30 * HOUR).toISOString() },
      },
    ]);
  }
  const at = ([, e]: [string, NewEvent]) => Date.parse(String(e.metadata.occurredAt));
  return all.sort((a, b) => at(a) - at(b));
}

describe('the digest timeline', () => {
  let run = 0;

  it('gives exactly the fold of the log for random cases, weeks, cut-offs and scopes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(aCase, { minLength: 1, maxLength: 6 }),
        fc.nat({ max: 3 }),
        fc.constantFrom('2026-W46', '2026-W47', '2026-W48', '2026-W49'),
        fc.option(fc.nat({ max: 7 * 24 }), { nil: undefined }),
        fc.option(fc.constantFrom(...TOWNS), { nil: undefined }),
        async (cases, others, week, asOfHours, town) => {
          const dir = tempDir('hazard-timeline-');
          const store = new SqliteEventStore(dir.file('events.sqlite'));
          const db = new Database(dir.file(`read-models-${run++}.sqlite`));
          try {
            for (const [streamId, event] of logOf(cases, others)) {
              await store.append(streamId, [event], 'any');
            }
            const projection = new DigestTimelineProjection(db, DEFAULT_DEADLINE_POLICY);
            // Small pages: cases cross pages, and are folded on from their rows or memory.
            await new ProjectionRunner(store, projection, {
              batchSize: 7,
              follow: false,
            }).rebuild();
            const bounds = weekBounds(week, TZ);
            const options = {
              asOf:
                asOfHours === undefined
                  ? undefined
                  : new Date(bounds.start.getTime() + asOfHours * HOUR),
              scope: town === undefined ? undefined : { towns: [town], departments: [] },
            };
            const policy = DEFAULT_DEADLINE_POLICY;
            const folded = await computeWeeklyDigestFromStore(store, bounds, policy, options);
            expect(new DigestTimeline(db).compute(bounds, policy, options)).toEqual(folded);
          } finally {
            db.close();
            await store.close();
            dir.remove();
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('stays the fold when two processes follow the same file, page by page side by side', async () => {
    const dir = tempDir('hazard-timeline-');
    const store = new SqliteEventStore(dir.file('events.sqlite'));
    const file = dir.file('digest-timeline.sqlite');
    const dbs = [new Database(file), new Database(file)];
    const runners = dbs.map(
      (db) =>
        new ProjectionRunner(store, new DigestTimelineProjection(db, DEFAULT_DEADLINE_POLICY), {
          batchSize: 5,
          pollMs: 5,
          retryMs: 5,
        }),
    );
    try {
      const [cases] = fc.sample(fc.array(aCase, { minLength: 4, maxLength: 6 }), {
        numRuns: 1,
        seed: 46,
      });
      const log = logOf(cases, 3);
      for (const [streamId, event] of log.slice(0, log.length / 2)) {
        await store.append(streamId, [event], 'any');
      }
      await Promise.all(runners.map((runner) => runner.start()));
      for (const [streamId, event] of log.slice(log.length / 2)) {
        await store.append(streamId, [event], 'any');
      }
      const [last] = (await store.readAll(null, 100_000)).slice(-1);
      const timeline = new DigestTimeline(dbs[0]);
      for (;;) {
        const checkpoint = await runners[0].projection.checkpoints.load(DIGEST_TIMELINE_SUBSCRIBER);
        if (checkpoint?.position === last.position) break;
        await runners[0].reached(last.position, 50);
      }
      await Promise.all(runners.map((runner) => runner.stop()));
      for (const week of ['2026-W46', '2026-W47', '2026-W48']) {
        const bounds = weekBounds(week, TZ);
        const policy = DEFAULT_DEADLINE_POLICY;
        const folded = await computeWeeklyDigestFromStore(store, bounds, policy);
        expect(timeline.compute(bounds, policy)).toEqual(folded);
      }
    } finally {
      await Promise.all(runners.map((runner) => runner.stop()));
      for (const db of dbs) db.close();
      await store.close();
      dir.remove();
    }
  });
});
