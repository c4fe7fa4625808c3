import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import { StreamNotFoundError, WrongExpectedVersionError } from '@eventstore/db-client';
import type { ReadPosition, ResolvedEvent } from '@eventstore/db-client';
import { WrongExpectedRevisionError } from '../errors';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

interface Logged {
  streamId: string;
  id: string;
  type: string;
  revision: bigint;
  position: bigint;
  data: Record<string, unknown>;
}

/**
 * An in-memory stand-in for the parts of the client the adapter calls, shaped like the
 * client's replies (positions, inclusive reads from a position, errors), so the adapter's own
 * logic (paging, skipping system events, positions) is checked without a server. The contract
 * suite checks the real thing against a server.
 */
class FakeClient {
  readonly log: Logged[] = [];
  readonly readAllFrom: ReadPosition[] = [];
  private nextPosition = 1000n;

  record(streamId: string, type: string): Logged {
    const revision = BigInt(this.log.filter((e) => e.streamId === streamId).length);
    const event = {
      streamId,
      id: randomUUID(),
      type,
      revision,
      position: this.nextPosition,
      data: {},
    };
    this.nextPosition += 100n;
    this.log.push(event);
    return event;
  }

  async appendToStream(
    streamId: string,
    events: Array<{ id: string; type: string }>,
    { expectedRevision }: { expectedRevision: bigint | string },
  ) {
    const current = this.log.filter((e) => e.streamId === streamId).length - 1;
    const actual = current < 0 ? 'no_stream' : BigInt(current);
    const matches = expectedRevision === 'any' || expectedRevision === actual;
    if (!matches) {
      throw new WrongExpectedVersionError(undefined, {
        streamName: streamId,
        expected: expectedRevision as bigint,
        current: actual,
      });
    }
    const written = events.map((event) => ({ ...this.record(streamId, event.type), id: event.id }));
    written.forEach(
      (event) => (this.log[this.log.findIndex((e) => e.position === event.position)] = event),
    );
    // Like a batch reply that names the batch's first record.
    const first = written[0].position;
    return {
      success: true,
      nextExpectedRevision: written[written.length - 1].revision,
      position: { commit: first, prepare: first },
    };
  }

  async *readAll({ fromPosition, maxCount }: { fromPosition: ReadPosition; maxCount: number }) {
    this.readAllFrom.push(fromPosition);
    const from = typeof fromPosition === 'string' ? 0n : fromPosition.commit;
    for (const event of this.log.filter((e) => e.position >= from).slice(0, maxCount)) {
      yield this.resolved(event);
    }
  }

  async *readStream(
    streamId: string,
    { fromRevision, maxCount }: { fromRevision: bigint; maxCount: number },
  ) {
    const stream = this.log.filter((e) => e.streamId === streamId);
    if (stream.length === 0) throw new StreamNotFoundError(undefined, streamId);
    for (const event of stream.filter((e) => e.revision >= fromRevision).slice(0, maxCount)) {
      yield this.resolved(event);
    }
  }

  subscribeToAll() {
    return Object.assign(new EventEmitter(), { unsubscribe: async () => undefined });
  }

  async dispose() {}

  private resolved(event: Logged): ResolvedEvent {
    return {
      event: {
        ...event,
        isJson: true,
        created: new Date(0),
        metadata: {},
        position: { commit: event.position, prepare: event.position },
      },
    } as ResolvedEvent;
  }
}

function storeOnFake() {
  const store = new EventStoreDbEventStore('esdb://127.0.0.1:2113?tls=false');
  const fake = new FakeClient();
  (store as unknown as { client: FakeClient }).client = fake;
  return { store, fake };
}

const newEvent = (type: string) => ({ id: randomUUID(), type, data: {}, metadata: {} });

describe('EventStoreDbEventStore logic (on a stand-in client)', () => {
  it('skips system events and reads $all after a position, exclusive of it', async () => {
    const { store, fake } = storeOnFake();
    const first = fake.record('major_hazard-1', 'HazardListed');
    for (let i = 0; i < 350; i += 1) fake.record('$stats-node', '$statsCollected');
    fake.record('major_hazard-1', '$metadata');
    const second = fake.record('major_hazard-2', 'HazardListed');

    expect((await store.readAll(null, 1)).map((e) => e.id)).toEqual([first.id]);
    const after = await store.readAll(first.position, 10);
    expect(after.map((e) => [e.id, e.position])).toEqual([[second.id, second.position]]);
    expect(fake.readAllFrom.length).toBeLessThan(10);
  });

  it('does not rescan system events it already read past', async () => {
    const { store, fake } = storeOnFake();
    const ours = fake.record('major_hazard-1', 'HazardListed');
    for (let i = 0; i < 250; i += 1)
      fake.record('$projections-checkpoint', '$ProjectionCheckpoint');
    const lastSystem = fake.log[fake.log.length - 1];

    expect(await store.readAll(ours.position, 500)).toEqual([]);
    fake.readAllFrom.length = 0;
    const later = fake.record('major_hazard-1', 'LeaderAssigned');
    expect((await store.readAll(ours.position, 500)).map((e) => e.id)).toEqual([later.id]);
    expect(fake.readAllFrom[0]).toEqual({
      commit: lastSystem.position,
      prepare: lastSystem.position,
    });
  });

  it('returns at most maxCount events and finds the rest from the last one returned', async () => {
    const { store, fake } = storeOnFake();
    const types = ['A', '$x', 'B', 'C', '$y', 'D'];
    types.forEach((type) => fake.record('s-1', type));

    const page = await store.readAll(null, 2);
    expect(page.map((e) => e.type)).toEqual(['A', 'B']);
    expect((await store.readAll(page[1].position, 10)).map((e) => e.type)).toEqual(['C', 'D']);
  });

  it('reports the position of the last event of a batch, and maps conflicts', async () => {
    const { store, fake } = storeOnFake();
    const result = await store.append('s-1', [newEvent('A'), newEvent('B')], 'no_stream');
    expect(result).toEqual({ nextRevision: 1, position: fake.log[1].position });
    await expect(store.append('s-1', [newEvent('C')], 'no_stream')).rejects.toBeInstanceOf(
      WrongExpectedRevisionError,
    );
    expect(await store.read('missing')).toEqual([]);
    expect((await store.read('s-1', 1)).map((e) => e.type)).toEqual(['B']);
  });
});
