import { ManualClock } from '@hazard/domain';
import { at, digestScenario } from '../support/digest-scenario';
import { startTestApp } from '../support/test-app';
import type { TestApp, TestUser } from '../support/test-app';

describe('GET /api/digests/weekly: the issued weeks', () => {
  const clock = new ManualClock(at('2026-11-23T08:00:00'));
  let t: TestApp;
  let committee: TestUser;
  let hq: TestUser;
  let leader: TestUser;

  const issued = (user: TestUser) =>
    t.http().get('/api/digests/weekly').set('Authorization', user.auth);
  const issue = (week: string) => t.post(committee, '/api/digests/weekly', { week }).expect(201);

  beforeAll(async () => {
    t = await startTestApp({ clock });
    committee = await t.createUser({ name: '安委会办公室', roles: ['committee'] });
    hq = await t.createUser({ name: '指挥部', roles: ['hq'] });
    leader = await t.createUser({ name: '王建国', roles: ['leader'] });
    const scenario = digestScenario(t.store, clock);
    await scenario.week48();
    await scenario.week49();
    clock.set(at('2026-12-14T09:30:00'));
  });
  afterAll(() => t.close());

  it('is empty before any digest is issued', async () => {
    expect((await issued(committee).expect(200)).body).toEqual({ items: [] });
  });

  it('lists every issued week, newest first, with when it was issued', async () => {
    await issue('2026-W48');
    await issue('2026-W50');
    expect((await issued(hq).expect(200)).body).toEqual({
      items: [
        { week: '2026-W50', issuedAt: '2026-12-14T09:30:00+08:00' },
        { week: '2026-W48', issuedAt: '2026-12-14T09:30:00+08:00' },
      ],
    });
    clock.set(at('2026-12-14T10:00:00'));
    await issue('2026-W49');
    const weeks = (await issued(committee).expect(200)).body.items.map(
      (i: { week: string }) => i.week,
    );
    expect(weeks).toEqual(['2026-W50', '2026-W49', '2026-W48']);
  });

  it('is for the committee and headquarters, like the digests themselves', async () => {
    await issued(leader).expect(403);
    await t.http().get('/api/digests/weekly').expect(401);
  });
});
