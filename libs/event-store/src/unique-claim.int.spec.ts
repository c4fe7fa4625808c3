import { randomUUID } from 'node:crypto';
import { tempDir } from '@hazard/testing/temp-dir';
import type { TempDir } from '@hazard/testing/temp-dir';
import type { RecordedEvent } from './event-store.port';
import { SqliteEventStore } from './sqlite/sqlite-event-store';
import { claimUnique } from './unique-claim';
import type { UniqueClaim } from './unique-claim';

class NameTaken extends Error {}

describe('claimUnique (a real SQLite store)', () => {
  let dir: TempDir;
  let store: SqliteEventStore;
  const completed = new Set<string>();
  const t0 = new Date('2026-12-02T08:00:00+08:00');

  const request = (claimant: string, now: Date): UniqueClaim => ({
    streamId: 'name-shuitou',
    claim: [
      {
        id: randomUUID(),
        type: 'NameReserved',
        data: { holder: claimant },
        metadata: { occurredAt: now.toISOString() },
      },
    ],
    claimant,
    now,
    holderOf: (history: RecordedEvent[]) => {
      const last = history.at(-1);
      return last ? String((last.data as { holder: string }).holder) : null;
    },
    neverCompleted: async (holder) => !completed.has(holder),
    taken: () => new NameTaken(),
  });
  const holder = async () => request('', t0).holderOf(await store.read('name-shuitou'));

  beforeEach(() => {
    dir = tempDir('unique-claim-');
    store = new SqliteEventStore(dir.file('events.db'));
    completed.clear();
  });
  afterEach(async () => {
    await store.close();
    dir.remove();
  });

  it('lets one of many concurrent claimants win, and the winner may claim again', async () => {
    const outcomes = await Promise.allSettled(
      ['a', 'b', 'c', 'd'].map((claimant) => claimUnique(store, request(claimant, t0))),
    );
    const winners = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    expect(winners).toHaveLength(1);
    expect(
      outcomes.filter((o) => o.status === 'rejected' && o.reason instanceof NameTaken),
    ).toHaveLength(3);
    const winner = await holder();
    await expect(claimUnique(store, request(String(winner), t0))).resolves.toBeUndefined();
    expect(await store.read('name-shuitou')).toHaveLength(1);
  });

  it('refuses a completed holder’s name for ever, and an abandoned one only until five minutes pass', async () => {
    await claimUnique(store, request('a', t0));
    const fourMinutes = new Date(t0.getTime() + 4 * 60_000);
    await expect(claimUnique(store, request('b', fourMinutes))).rejects.toBeInstanceOf(NameTaken);
    const sixMinutes = new Date(t0.getTime() + 6 * 60_000);
    completed.add('a');
    await expect(claimUnique(store, request('b', sixMinutes))).rejects.toBeInstanceOf(NameTaken);
    completed.delete('a');
    await claimUnique(store, request('b', sixMinutes));
    expect(await holder()).toBe('b');
  });
});
