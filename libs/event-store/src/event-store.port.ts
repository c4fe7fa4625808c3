/**
 * The event store port. Both adapters (embedded SQLite, EventStoreDB) honour the same
 * contract, checked by one suite in test/contract.
 */
export type JsonObject = { [key: string]: unknown };

/** What every event is: a type and its data. A stream category says which ones it holds. */
export type EventShape = { type: string; data: unknown };

/** An event as the store knows it: any type, data as stored (see StreamCategory to type it). */
export type StoredEvent = EventShape;

/**
 * An event to append. `E` is what the stream holds (e.g. `HazardEvent`): any event type
 * fits, since the store only serialises `data`.
 */
export type NewEvent<E extends EventShape = StoredEvent, M extends JsonObject = JsonObject> = E & {
  /** A UUID; appending the same ids again at the same place is an idempotent no-op. */
  id: string;
  metadata: M;
};

/**
 * An event read back. The store gives `RecordedEvent` (any type); a stream category narrows
 * it to what its streams hold, e.g. `RecordedEvent<HazardEvent, EventMetadata>`, which is a
 * `HazardEvent` as well.
 */
export type RecordedEvent<
  E extends EventShape = StoredEvent,
  M extends JsonObject = JsonObject,
> = E & {
  id: string;
  streamId: string;
  /** 0-based position of the event within its stream. */
  revision: number;
  /** Global, strictly increasing position across all streams. */
  position: bigint;
  metadata: M;
};

/** `no_stream`: the stream must not exist yet; a number: the revision of its last event. */
export type ExpectedRevision = number | 'no_stream' | 'any';

export interface AppendResult {
  /** Revision of the last event written (or found, for an idempotent retry). */
  nextRevision: number;
  position: bigint;
}

export type EventHandler = (event: RecordedEvent) => Promise<void> | void;

export interface Subscription {
  /** Stops delivering; resolves once the handler in progress (if any) has returned. */
  stop(): Promise<void>;
}

export interface EventStore {
  append(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;
  read(streamId: string, fromRevision?: number): Promise<RecordedEvent[]>;
  /** Events after `after` (exclusive; `null` means from the very start), in global order. */
  readAll(after: bigint | null, maxCount: number): Promise<RecordedEvent[]>;
  /** Catch up from `after`, then follow live appends, one event at a time, in order. */
  subscribe(after: bigint | null, handler: EventHandler): Subscription;
  /**
   * Calls `listener` whenever events may have been appended, so that a reader who has caught
   * up with `readAll` reads again at once rather than at its next poll; returns the way to
   * stop. A hint only: readers still poll. Left out by a store that cannot tell.
   */
  onAppended?(listener: () => void): () => void;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
