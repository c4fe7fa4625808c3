/**
 * The event store port. Both adapters (embedded SQLite, EventStoreDB) honour the same
 * contract, checked by one suite in test/contract.
 */
export type JsonObject = { [key: string]: unknown };

export interface NewEvent {
  /** A UUID; appending the same ids again at the same place is an idempotent no-op. */
  id: string;
  type: string;
  data: JsonObject;
  metadata: JsonObject;
}

export interface RecordedEvent {
  id: string;
  streamId: string;
  /** 0-based position of the event within its stream. */
  revision: number;
  /** Global, strictly increasing position across all streams. */
  position: bigint;
  type: string;
  data: JsonObject;
  metadata: JsonObject;
}

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
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
