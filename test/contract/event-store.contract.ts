import { randomUUID } from 'node:crypto';
import { WrongExpectedRevisionError } from '@hazard/event-store';
import type { EventStore, NewEvent, RecordedEvent } from '@hazard/event-store';

/** Where a store under test keeps its data: opened again after close, it sees the same data. */
export interface ContractStoreLocation {
  open(): EventStore;
  /** Removes what the location created (temporary files); stores are closed by the tests. */
  dispose(): void;
}

export interface ContractOptions {
  /**
   * SQLite indexes event ids across the whole store; EventStoreDB only checks ids at the
   * position being written, so the same ids on another stream are accepted there.
   */
  rejectsEventIdsReusedOnAnotherStream: boolean;
}

const newEvent = (type: string, data: NewEvent['data'] = {}, metadata = {}): NewEvent => ({
  id: randomUUID(),
  type,
  data,
  metadata,
});

/** Unique per test and per run, so a shared EventStoreDB server isolates the tests. */
const uniqueStream = (name: string) => `contract_${name}-${randomUUID()}`;

async function waitFor(condition: () => boolean, what: string, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const rejection = async (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );

/** The event store contract: every adapter must pass it unchanged. */
export function eventStoreContract(
  newLocation: () => ContractStoreLocation,
  options: ContractOptions,
): void {
  let location: ContractStoreLocation;
  const opened: EventStore[] = [];
  const open = () => {
    const store = location.open();
    opened.push(store);
    return store;
  };

  beforeEach(() => {
    location = newLocation();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close().catch(() => undefined)));
    location.dispose();
  });

  it('reads back what was appended, Chinese text in data and metadata intact', async () => {
    const store = open();
    const stream = uniqueStream('round_trip');
    const listed = newEvent(
      'HazardListed',
      { title: '某厂房屋结构开裂', measures: ['设置警戒区', '停止生产'], level: 2 },
      {
        actor: { name: '安委会办公室', role: 'committee' },
        occurredAt: '2026-11-30T08:00:00+08:00',
      },
    );
    const assigned = newEvent(
      'LeaderAssigned',
      { leader: { id: 'l1', name: '张三' } },
      { note: '一案一挂' },
    );

    const result = await store.append(stream, [listed, assigned], 'no_stream');
    const events = await store.read(stream);

    expect(
      events.map(({ id, streamId, revision, type, data, metadata }) => ({
        id,
        streamId,
        revision,
        type,
        data,
        metadata,
      })),
    ).toEqual([
      { ...listed, streamId: stream, revision: 0 },
      { ...assigned, streamId: stream, revision: 1 },
    ]);
    expect(typeof events[0].position).toBe('bigint');
    expect(events[1].position).toBeGreaterThan(events[0].position);
    expect(result).toEqual({ nextRevision: 1, position: events[1].position });
    expect((await store.read(stream, 1)).map((e) => e.id)).toEqual([assigned.id]);
    expect(await store.read(uniqueStream('missing'))).toEqual([]);
  });

  it('rejects appends at the wrong expected revision and writes nothing', async () => {
    const store = open();
    const stream = uniqueStream('conflicts');
    await store.append(stream, [newEvent('A'), newEvent('B')], 'no_stream');

    const onExisting = await rejection(store.append(stream, [newEvent('C')], 'no_stream'));
    expect(onExisting).toBeInstanceOf(WrongExpectedRevisionError);
    expect(onExisting).toMatchObject({ streamId: stream, expected: 'no_stream', actual: 1 });

    const stale = await rejection(store.append(stream, [newEvent('C')], 0));
    expect(stale).toBeInstanceOf(WrongExpectedRevisionError);
    expect(stale).toMatchObject({ expected: 0, actual: 1 });

    const missing = uniqueStream('missing');
    const onMissing = await rejection(store.append(missing, [newEvent('C')], 0));
    expect(onMissing).toBeInstanceOf(WrongExpectedRevisionError);
    expect(onMissing).toMatchObject({ streamId: missing, expected: 0, actual: 'no_stream' });

    expect(await store.read(stream)).toHaveLength(2);
    expect(await store.read(missing)).toEqual([]);
    expect(await store.append(stream, [newEvent('C')], 1)).toMatchObject({ nextRevision: 2 });
    expect(await store.append(stream, [newEvent('D')], 'any')).toMatchObject({ nextRevision: 3 });
  });

  it('treats a retry with the same event ids as a no-op returning the first result', async () => {
    const store = open();
    const stream = uniqueStream('retry');
    const batch = [newEvent('A', { n: 1 }), newEvent('B', { n: 2 })];

    const first = await store.append(stream, batch, 'no_stream');
    expect(await store.append(stream, batch, 'no_stream')).toEqual(first);
    await store.append(stream, [newEvent('C')], 1);
    // Even after the stream moved on, the retry (with its original, now stale, revision).
    expect(await store.append(stream, batch, 'no_stream')).toEqual(first);

    expect((await store.read(stream)).map((e) => e.type)).toEqual(['A', 'B', 'C']);
  });

  (options.rejectsEventIdsReusedOnAnotherStream ? it : it.skip)(
    'rejects the same event ids appended to another stream',
    async () => {
      const store = open();
      const batch = [newEvent('A')];
      await store.append(uniqueStream('first'), batch, 'no_stream');
      const other = uniqueStream('other');

      await expect(store.append(other, batch, 'no_stream')).rejects.toThrow();
      expect(await store.read(other)).toEqual([]);
    },
  );

  it('lets exactly one of 20 concurrent appenders win each revision', async () => {
    const store = open();
    const stream = uniqueStream('race');
    const wins: Array<{ writer: number; expected: number | 'no_stream'; revision: number }> = [];
    let conflicts = 0;

    await Promise.all(
      Array.from({ length: 20 }, async (_, writer) => {
        const event = newEvent('Raced', { writer });
        for (;;) {
          const current = await store.read(stream);
          const expected = current.length === 0 ? 'no_stream' : current.length - 1;
          try {
            const { nextRevision } = await store.append(stream, [event], expected);
            wins.push({ writer, expected, revision: nextRevision });
            return;
          } catch (error) {
            if (!(error instanceof WrongExpectedRevisionError)) throw error;
            conflicts += 1;
          }
        }
      }),
    );

    const events = await store.read(stream);
    expect(events.map((e) => e.revision)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(new Set(events.map((e) => JSON.stringify(e.data))).size).toBe(20);
    expect(wins.map((w) => w.revision).sort((a, b) => a - b)).toEqual(
      events.map((e) => e.revision),
    );
    const expectations = wins.map((w) => (w.expected === 'no_stream' ? -1 : w.expected));
    expect(new Set(expectations).size).toBe(20);
    for (const win of wins) expect(events[win.revision].data).toEqual({ writer: win.writer });
    expect(conflicts).toBeGreaterThan(0);
  });

  it('reads $all after a checkpoint: only later events, in global order, across streams', async () => {
    const store = open();
    const [a, b] = [uniqueStream('all_a'), uniqueStream('all_b')];
    const { position: checkpoint } = await store.append(a, [newEvent('A0')], 'no_stream');
    await store.append(b, [newEvent('B0')], 'no_stream');
    await store.append(a, [newEvent('A1')], 0);
    await store.append(b, [newEvent('B1'), newEvent('B2')], 0);
    await store.append(a, [newEvent('A2')], 1);

    // Small pages, each resuming from the last position read, as a subscription does.
    const pages: RecordedEvent[] = [];
    for (let after = checkpoint; ;) {
      const page = await store.readAll(after, 2);
      expect(page.length).toBeLessThanOrEqual(2);
      pages.push(...page);
      if (page.length < 2 || pages.filter((e) => e.streamId === a).length === 3) break;
      after = page[page.length - 1].position;
    }

    const positions = pages.map((e) => e.position);
    expect(positions.every((p, i) => p > (i === 0 ? checkpoint : positions[i - 1]))).toBe(true);
    expect(pages.every((e) => !e.type.startsWith('$') && !e.streamId.startsWith('$'))).toBe(true);
    const ours = pages.filter((e) => e.streamId === a || e.streamId === b);
    expect(ours.map((e) => e.type)).toEqual(['B0', 'A1', 'B1', 'B2', 'A2']);
  });

  it('subscribes: catches up, then receives live appends in order, one at a time', async () => {
    const store = open();
    const stream = uniqueStream('subscribe');
    const { position: start } = await store.append(stream, [newEvent('Before')], 'no_stream');
    await store.append(stream, [newEvent('C1'), newEvent('C2')], 0);
    const seen: string[] = [];
    let inFlight = 0;
    let overlapped = false;

    const subscription = store.subscribe(start, async (event) => {
      if (event.streamId !== stream) return;
      inFlight += 1;
      overlapped ||= inFlight > 1;
      await new Promise((resolve) => setImmediate(resolve));
      seen.push(event.type);
      inFlight -= 1;
    });
    try {
      await waitFor(() => seen.length >= 2, 'catch-up');
      await store.append(stream, [newEvent('L1')], 2);
      await store.append(stream, [newEvent('L2'), newEvent('L3')], 3);
      await waitFor(() => seen.length >= 5, 'live appends');
      await store.append(stream, [newEvent('L4')], 5);
      await waitFor(() => seen.includes('L4'), 'the last live append');
    } finally {
      await subscription.stop();
    }

    expect(seen).toEqual(['C1', 'C2', 'L1', 'L2', 'L3', 'L4']);
    expect(overlapped).toBe(false);
  });

  it('resumes after a restart from the last handled position: only new events, none twice', async () => {
    const stream = uniqueStream('resume');
    const before = open();
    const { position: start } = await before.append(stream, [newEvent('Start')], 'no_stream');
    await before.append(stream, [newEvent('E1'), newEvent('E2'), newEvent('E3')], 0);
    const firstRun: string[] = [];
    let lastHandled: bigint | null = null;
    const first = before.subscribe(start, (event) => {
      lastHandled = event.position;
      if (event.streamId === stream) firstRun.push(event.type);
    });
    await waitFor(() => firstRun.length >= 3, 'the first run');
    await first.stop();
    await before.close();

    const after = open();
    await after.append(stream, [newEvent('N1')], 3);
    await after.append(stream, [newEvent('N2'), newEvent('Last')], 4);
    const secondRun: string[] = [];
    const second = after.subscribe(lastHandled, (event) => {
      if (event.streamId === stream) secondRun.push(event.type);
    });
    try {
      await waitFor(() => secondRun.includes('Last'), 'the second run');
    } finally {
      await second.stop();
    }

    expect(firstRun).toEqual(['E1', 'E2', 'E3']);
    expect(secondRun).toEqual(['N1', 'N2', 'Last']);
  });
}
