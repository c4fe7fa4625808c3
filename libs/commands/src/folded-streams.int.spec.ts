import fc from 'fast-check';
import { caseFacts, DEFAULT_DEADLINE_POLICY, foldCase, storeCaseSnapshot } from '@hazard/domain';
import { SqliteEventStore } from '@hazard/event-store';
import { asNewEvents, caseHistory } from '@hazard/testing/case-arbitraries';
import { actors, listing } from '@hazard/testing/case-fixtures';
import { tempDir } from '@hazard/testing/temp-dir';
import { caseStream } from './case-stream';
import { MAJOR_HAZARD_STREAMS, handleCaseCommand } from './handle-case-command';
import { loadCase } from './load-case';
import { loadFolded } from './folded-streams';

describe('snapshots of folded cases', () => {
  const dir = tempDir();
  const store = new SqliteEventStore(dir.file('events.sqlite'));
  /** A second store on the same file: no snapshot of its own, so it folds every event. */
  const plain = new SqliteEventStore(dir.file('events.sqlite'));
  let cases = 0;
  afterAll(async () => {
    await store.close();
    await plain.close();
    dir.remove();
  });

  it('fold from a snapshot taken at a random cut-off equals the plain fold of the whole stream', async () => {
    await fc.assert(
      fc.asyncProperty(
        caseHistory(),
        fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        async (history, cuts) => {
          const caseId = `p-${cases++}`;
          const streamId = caseStream.streamId(caseId);
          const events = asNewEvents(history, caseId);
          // Appended in pieces, loaded after each: every load folds from the last snapshot.
          const points = [...new Set(cuts.map((c) => 1 + (c % events.length)))].sort(
            (a, b) => a - b,
          );
          let written = 0;
          for (const point of [...points, events.length]) {
            if (point > written) {
              const expected = written === 0 ? 'no_stream' : written - 1;
              await store.append(streamId, events.slice(written, point), expected);
              written = point;
            }
            const loaded = await loadCase(store, caseId);
            const whole = foldCase((await plain.read(streamId)).map(caseStream.decode));
            expect(loaded.version).toBe(written);
            expect(storeCaseSnapshot(loaded.snapshot)).toEqual(storeCaseSnapshot(whole));
            expect(loaded.snapshot.status).toEqual(whole.status);
          }
          const { folded } = await loadFolded(store, MAJOR_HAZARD_STREAMS, streamId);
          expect([...folded.commandIds].sort()).toEqual(
            events.map((e) => e.metadata.commandId).sort(),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads only the events after the snapshot', async () => {
    const streamId = caseStream.streamId('tail-1');
    const events = asNewEvents(
      [{ type: 'HazardListed', data: { caseId: 'tail-1', listing } }],
      'tail-1',
    );
    await store.append(streamId, events, 'no_stream');
    await loadCase(store, 'tail-1');
    const again = await loadFolded(store, MAJOR_HAZARD_STREAMS, streamId);
    expect(again.tail).toEqual([]);
    expect(again.folded.version).toBe(1);
  });

  it('still answers a retried commandId from the history when the case is snapshotted', async () => {
    const deps = {
      store,
      now: new Date('2026-11-30T00:00:00Z'),
      timeZone: 'Asia/Shanghai',
      policy: DEFAULT_DEADLINE_POLICY,
    };
    const envelope = {
      caseId: 'retry-1',
      command: { type: 'ListHazard' as const, data: { caseId: 'retry-1', listing } },
      actor: actors.committee,
      commandId: 'retry-cmd',
    };
    const first = await handleCaseCommand(deps, envelope);
    await loadCase(store, 'retry-1');
    const again = await handleCaseCommand(deps, envelope);
    expect(again).toMatchObject({ duplicate: true, version: 1, state: 'listed' });
    expect(again.event.id).toBe(first.event.id);
    expect(await store.read(caseStream.streamId('retry-1'))).toHaveLength(1);
  });

  it('sees events another writer appended after the snapshot', async () => {
    const streamId = caseStream.streamId('other-1');
    const events = asNewEvents(
      [
        { type: 'HazardListed', data: { caseId: 'other-1', listing } },
        {
          type: 'LeaderAssigned',
          data: { leader: { id: 'u-l', name: '张三' }, planDeadline: '2026-12-03T08:00:00+08:00' },
        },
      ],
      'other-1',
    );
    await store.append(streamId, events.slice(0, 1), 'no_stream');
    expect((await loadCase(store, 'other-1')).version).toBe(1);
    await plain.append(streamId, events.slice(1), 0);
    const loaded = await loadCase(store, 'other-1');
    expect(loaded.version).toBe(2);
    const facts = caseFacts(loaded.snapshot, { asOf: new Date(), policy: DEFAULT_DEADLINE_POLICY });
    expect(facts?.leader).toEqual({ id: 'u-l', name: '张三' });
  });
});
