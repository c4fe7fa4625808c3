import { DEFAULT_DEADLINE_POLICY } from '@hazard/domain';
import { SqliteEventStore } from '@hazard/event-store';
import { tempDir } from '@hazard/testing/temp-dir';
import { at, committee, SCENARIO_TZ } from '@hazard/testing/digest-scenario';
import { issueWeeklyDigest } from './issue-weekly-digest';
import { IssuedWeeks } from './issued-weeks';

describe('the list of issued weekly digests', () => {
  const dir = tempDir();
  const store = new SqliteEventStore(dir.file('events.sqlite'));
  const issue = (now: Date, week?: string) =>
    issueWeeklyDigest(
      { store, now, timeZone: SCENARIO_TZ, policy: DEFAULT_DEADLINE_POLICY },
      committee,
      week,
    );
  afterAll(async () => {
    await store.close();
    dir.remove();
  });

  it('is empty for an empty store', async () => {
    expect(await new IssuedWeeks(store).list(at('2026-12-01T08:00:00'), SCENARIO_TZ)).toEqual([]);
  });

  it('finds a digest issued first thing, for the week before the record begins', async () => {
    // The first event of the store is this digest, issued in W49 for W48.
    await issue(at('2026-12-01T08:00:00'));
    const weeks = new IssuedWeeks(store);
    expect(await weeks.list(at('2026-12-21T08:00:00'), SCENARIO_TZ)).toEqual([
      { week: '2026-W48', issuedAt: '2026-12-01T08:00:00+08:00' },
    ]);
  });

  it('lists newest first, and finds weeks issued after it last looked', async () => {
    const weeks = new IssuedWeeks(store);
    const now = at('2026-12-21T08:00:00');
    await issue(now, '2026-W50');
    expect((await weeks.list(now, SCENARIO_TZ)).map((w) => w.week)).toEqual([
      '2026-W50',
      '2026-W48',
    ]);
    await issue(now, '2026-W49');
    expect(await weeks.list(now, SCENARIO_TZ)).toEqual([
      { week: '2026-W50', issuedAt: '2026-12-21T08:00:00+08:00' },
      { week: '2026-W49', issuedAt: '2026-12-21T08:00:00+08:00' },
      { week: '2026-W48', issuedAt: '2026-12-01T08:00:00+08:00' },
    ]);
  });
});
