import { existsSync, rmSync } from 'node:fs';
import { DEFAULT_DEADLINE_POLICY, ManualClock } from '@hazard/domain';
import type { DigestScope } from '@hazard/domain';
import {
  computeWeeklyDigestFromStore,
  DIGEST_TIMELINE_RUNNER,
  digestJson,
  weekBounds,
} from '@hazard/reporting';
import type { NewEvent, ProjectionRunner } from '@hazard/event-store';
import { at, digestScenario, SCENARIO_TZ } from '../support/digest-scenario';
import { startRedis } from '../support/redis-server';
import type { TestRedis } from '../support/redis-server';
import { startTestApp } from '../support/test-app';
import type { TestApp, TestUser } from '../support/test-app';
import { tempDir } from '../support/temp-dir';

const FILLER_EVENTS = 20_000;
/** Events of a stream no digest reads, in week 48: they count only in the digest's source. */
const filler = (from: Date): NewEvent[] =>
  Array.from({ length: FILLER_EVENTS }, (_, i) => ({
    id: `filler-${i}`,
    type: 'FillerRecorded',
    data: {},
    metadata: { occurredAt: new Date(from.getTime() + i).toISOString() },
  }));
const GUANQIAO: DigestScope = { towns: ['官桥镇'], departments: [] };

/**
 * The app computes digests from its temporal read model (digest-timeline.sqlite), not by
 * folding the log: what it serves must be exactly the fold's digest, also after a restart
 * whose timeline was deleted and is rebuilt from the events.
 */
describe('the digest served from the timeline', () => {
  const clock = new ManualClock(at('2026-11-23T08:00:00'));
  const dataDir = tempDir('hazard-digest-timeline-');
  const timelineFile = dataDir.file('digest-timeline.sqlite');
  let redis: TestRedis;
  let t: TestApp;
  let committee: TestUser;
  let townCommittee: TestUser;

  /** The fold's digest as the API writes it in JSON. */
  const folded = async (week: string, options: { asOf?: Date; scope?: DigestScope } = {}) => {
    const bounds = weekBounds(week, SCENARIO_TZ);
    const digest = await computeWeeklyDigestFromStore(
      t.store,
      bounds,
      DEFAULT_DEADLINE_POLICY,
      options,
    );
    return JSON.parse(JSON.stringify(digestJson(digest, 'en'))) as unknown;
  };
  const get = (user: TestUser, path: string) =>
    t.http().get(`/api/digests/weekly/${path}?lang=en`).set('Authorization', user.auth).expect(200);

  beforeAll(async () => {
    redis = await startRedis();
    t = await startTestApp({ dataDir, redis, clock });
    committee = await t.createUser({ name: '安委会办公室', roles: ['committee'] });
    townCommittee = await t.createUser({
      name: '官桥镇安委办',
      roles: ['committee'],
      towns: ['官桥镇'],
    });
  });
  afterAll(async () => {
    await t.stop();
    await redis.stop();
    dataDir.remove();
  });

  it('serves the fold’s digests, issued and provisional, before and after a rebuild', async () => {
    await digestScenario(t.store, clock).week48();
    // Events of other streams: the rebuilt timeline must count them in the source as the fold does.
    await t.store.append('filler-1', filler(at('2026-11-29T12:00:00')), 'any');
    clock.set(at('2026-11-30T08:00:00'));
    const issued = await t
      .http()
      .post('/api/digests/weekly?lang=en')
      .set('Authorization', committee.auth)
      .send({ week: '2026-W48' })
      .expect(201);
    expect(issued.body.digest.totals).toMatchObject({ listed: 6, rectified: 2, overdue: 1 });
    const issuedW48 = await get(committee, '2026-W48');
    expect(issuedW48.body.digest).toEqual(await folded('2026-W48'));
    expect(issuedW48.body.digest.source.events).toBeGreaterThan(FILLER_EVENTS);

    await t.stop();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${timelineFile}${suffix}`, { force: true });
    t = await startTestApp({ dataDir, redis, clock });
    expect(existsSync(timelineFile)).toBe(true);
    const rebuilt = await get(townCommittee, '2026-W48');
    expect(rebuilt.body.digest).toEqual(await folded('2026-W48', { scope: GUANQIAO }));
    expect(rebuilt.body.digest.source.events).toBeGreaterThan(FILLER_EVENTS);
    const afterRebuild = await get(committee, 'current');
    expect(afterRebuild.body.digest).toEqual(await folded('2026-W49', { asOf: clock.now() }));
    expect(afterRebuild.body.digest.source.events).toBeGreaterThan(FILLER_EVENTS);
    // Events the timeline has not taken in when the digest is asked for: it waits for them.
    const runner = t.app.get<ProjectionRunner>(DIGEST_TIMELINE_RUNNER);
    await runner.stop();
    await digestScenario(t.store, clock).week49();
    let answered = false;
    const pending = get(committee, 'current').then((response) => {
      answered = true;
      return response;
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(answered).toBe(false);
    await runner.start();
    const current = await pending;
    expect(current.body.digest.provisional).toBe(true);
    expect(current.body.digest.week).toBe('2026-W49');
    expect(current.body.digest).toEqual(await folded('2026-W49', { asOf: clock.now() }));
    expect(current.body.digest.activity.newListings).toHaveLength(1);

    const town = await get(townCommittee, '2026-W48');
    expect(town.body.digest).toEqual(await folded('2026-W48', { scope: GUANQIAO }));
    expect(town.body.digest.totals.listed).toBeLessThan(issuedW48.body.digest.totals.listed);
    const townCurrent = await get(townCommittee, 'current');
    expect(townCurrent.body.digest).toEqual(
      await folded('2026-W49', { asOf: clock.now(), scope: GUANQIAO }),
    );
  });
});
