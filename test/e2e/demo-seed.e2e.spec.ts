import type { RecordedEvent } from '@hazard/event-store';
import { startTestApp } from '../support/test-app';
import type { TestApp, TestUser } from '../support/test-app';

/** `npm start -- --demo=seed`, at a smaller scale: the same story, told faster. */
describe('the seed-scale demo', () => {
  let t: TestApp;
  let committee: TestUser;
  let counts: { units: number; inspections: number; zeroHazardReports: number; hazards: number };
  let events: RecordedEvent[];

  beforeAll(async () => {
    t = await startTestApp();
    const { loadSeedDemo } = await import('../../apps/api/src/demo/load-seed-demo');
    committee = await t.createUser({ name: '安委会', roles: ['committee'] });
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      counts = (await loadSeedDemo(t.app, 300))!;
    } finally {
      write.mockRestore();
    }
    events = await t.store.readAll(null, 1_000_000);
  }, 120_000);
  afterAll(() => t.close());

  it('tells the campaign through the deciders: units, inspections, zero-hazard reports, hazards', async () => {
    const of = (type: string) => events.filter((e) => e.type === type).length;
    expect(of('UnitRegistered')).toBe(counts.units + 4);
    expect(counts.units).toBe(300);
    expect(of('InspectionRecorded')).toBe(counts.inspections + 5);
    expect(of('GeneralHazardFound')).toBe(counts.hazards + 4);
    expect(counts.zeroHazardReports / counts.inspections).toBeGreaterThan(0.3);
    expect(counts.hazards / counts.units).toBeGreaterThan(4);
    const towns = new Set(
      events
        .filter((e) => e.type === 'UnitRegistered')
        .map((e) => (e.data as { profile: { town: string } }).profile.town),
    );
    expect(towns.size).toBeGreaterThan(20);
  });

  it('appends in the story’s time order, so that a cut at any moment is a prefix of the log', () => {
    // From the story's first event on (the small demo and the users come before, dated now).
    const first = events.findIndex((e) => String(e.metadata.commandId).startsWith('demo-seed/'));
    const story = events
      .slice(first)
      .filter((e) => /^(unit|inspection|general_hazard)-/.test(e.streamId));
    const times = story.map((e) => Date.parse(String(e.metadata.occurredAt)));
    const outOfOrder = times.filter((at, i) => i > 0 && at < times[i - 1]).length;
    expect(outOfOrder).toBe(0);
  });

  it('leaves most hazards verified and a few open, as the seed’s 99.77%', async () => {
    await t.readModelsCaughtUp();
    const ledger = await t
      .http()
      .get('/api/lists/rectifications?pageSize=500')
      .set('Authorization', committee.auth)
      .expect(200);
    const verified = events.filter((e) => e.type === 'GeneralHazardVerified').length;
    expect(verified / counts.hazards).toBeGreaterThan(0.9);
    expect(ledger.body.items.length).toBe(Math.min(500, verified + 1));
  });
});
