import { LRUCache } from 'lru-cache';
import type { EventStore, RecordedEvent } from '@hazard/event-store';

/** A stream folded through its first `version` events, and the commandIds they carry. */
export interface FoldedStream<S> {
  state: S;
  version: number;
  commandIds: ReadonlySet<string>;
}

/** How to fold one kind of stream (a StreamHandling is one): its decider's fold. */
export interface StreamFold<S, E = never> {
  decider: { initialState(): S; evolve(state: S, event: E): S };
  eventOf(recorded: RecordedEvent): E;
}

/** Streams kept folded per store, a few kB each: the commands' working set. */
const STREAMS_PER_STORE = 20_000;

/**
 * Snapshots of folded streams, keyed by store and stream id, each with the revision it was
 * folded to. A stream's first N events never change, so a snapshot stays true for ever and a
 * later load reads and folds only the events after it. Snapshots are built from events as
 * read back from the store only, never from what a command meant to append.
 */
const snapshots = new WeakMap<
  EventStore,
  WeakMap<object, LRUCache<string, FoldedStream<unknown>>>
>();

function cacheOf<S, E>(
  store: EventStore,
  fold: StreamFold<S, E>,
): LRUCache<string, FoldedStream<S>> {
  let byFold = snapshots.get(store);
  if (!byFold) snapshots.set(store, (byFold = new WeakMap()));
  let cache = byFold.get(fold);
  if (!cache) byFold.set(fold, (cache = new LRUCache({ max: STREAMS_PER_STORE })));
  return cache as LRUCache<string, FoldedStream<S>>;
}

/** Folds `events` onto `from`: the plain fold, and what every fast path must equal. */
export function foldOnto<S, E>(
  fold: StreamFold<S, E>,
  from: FoldedStream<S>,
  events: readonly RecordedEvent[],
): FoldedStream<S> {
  if (events.length === 0) return from;
  let { state } = from;
  const commandIds = new Set(from.commandIds);
  for (const event of events) {
    state = fold.decider.evolve(state, fold.eventOf(event));
    const { commandId } = event.metadata;
    if (typeof commandId === 'string') commandIds.add(commandId);
  }
  return { state, version: from.version + events.length, commandIds };
}

export const emptyFold = <S, E>(fold: StreamFold<S, E>): FoldedStream<S> => ({
  state: fold.decider.initialState(),
  version: 0,
  commandIds: new Set(),
});

/**
 * The stream folded to its end: from its snapshot, reading only the events after it (all of
 * them the first time), and the snapshot moved on. `tail` is what was read.
 */
export async function loadFolded<S, E>(
  store: EventStore,
  fold: StreamFold<S, E>,
  streamId: string,
): Promise<{ folded: FoldedStream<S>; tail: RecordedEvent[] }> {
  const cache = cacheOf(store, fold);
  const known = cache.get(streamId) ?? emptyFold(fold);
  const tail = await store.read(streamId, known.version);
  const folded = foldOnto(fold, known, tail);
  if (tail.length > 0) {
    const current = cache.get(streamId);
    // Another load may have moved it further meanwhile; the longer snapshot stays.
    if (!current || current.version < folded.version) cache.set(streamId, folded);
  }
  return { folded, tail };
}
