import {
  ANY,
  CancelledError,
  convertToCommandError,
  DeadlineExceededError,
  NO_STREAM,
  NotLeaderError,
  TimeoutError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import type { AppendExpectedRevision, JSONType, ResolvedEvent } from '@eventstore/db-client';
import { EventStoreUnavailableError, WrongExpectedRevisionError } from '../errors';
import type { ExpectedRevision, JsonObject, RecordedEvent } from '../event-store.port';

/**
 * Translation between @eventstore/db-client and the port: errors, expected revisions,
 * recorded events. Together with the adapter, the only code that knows the client.
 */

/** What the client throws when it cannot reach any node or a node stops answering. */
const connectivityErrors = [
  UnavailableError,
  DeadlineExceededError,
  TimeoutError,
  CancelledError,
  NotLeaderError,
];

/** The client's own errors become the port's: a conflict, or the store being unreachable. */
export function toStoreError(
  thrown: unknown,
  streamId?: string,
  expected?: ExpectedRevision,
): unknown {
  // Some calls (the server-capability probe before an append) reject with raw gRPC errors.
  const error = thrown instanceof Error ? convertToCommandError(thrown) : thrown;
  if (error instanceof WrongExpectedVersionError && streamId !== undefined) {
    const actual = error.actualVersion === 'no_stream' ? 'no_stream' : Number(error.actualVersion);
    return new WrongExpectedRevisionError(streamId, expected ?? 'any', actual);
  }
  if (
    connectivityErrors.some((type) => error instanceof type) ||
    // Cluster discovery gives up with a plain Error.
    (error instanceof Error && error.message.startsWith('Failed to discover'))
  ) {
    const reason = error instanceof Error ? error.message : String(error);
    return new EventStoreUnavailableError(`EventStoreDB is unavailable: ${reason}`, {
      cause: thrown,
    });
  }
  return thrown;
}

/** A write reached a follower during or after an election. */
export const isLeaderChange = (error: unknown): boolean => error instanceof NotLeaderError;

/** "No position" on the wire (ulong max): servers before 22.6 send it for stream reads. */
export const NO_POSITION = 2n ** 64n - 1n;

export function toExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  if (expected === 'no_stream') return NO_STREAM;
  if (expected === 'any') return ANY;
  return BigInt(expected);
}

/** Event data as the client types it: we write JSON objects (a string or an array would pass too). */
export function toJsonData(data: unknown): JSONType {
  if (typeof data === 'string' || Array.isArray(data)) return data;
  if (typeof data === 'object' && data !== null) return { ...data };
  throw new TypeError(`event data must be a JSON object, not ${typeof data}`);
}

/** `$`-prefixed types and streams belong to the server (stats, metadata, projections, links). */
export function isSystemEvent(resolved: ResolvedEvent): boolean {
  const event = resolved.event;
  return !event || event.type.startsWith('$') || event.streamId.startsWith('$');
}

export function toRecorded(resolved: ResolvedEvent): RecordedEvent | null {
  const event = resolved.event;
  if (!event) return null;
  const position = event.position?.commit ?? resolved.commitPosition;
  if (position === undefined || position === NO_POSITION) {
    throw new Error('EventStoreDB did not report event positions; version 22.6 or later needed');
  }
  return {
    id: event.id,
    streamId: event.streamId,
    revision: Number(event.revision),
    position,
    type: event.type,
    data: asJsonObject(event.data),
    metadata: asJsonObject(event.metadata),
  };
}

/** We write JSON objects only; anything else (written by another tool) is wrapped, not lost. */
function asJsonObject(value: unknown): JsonObject {
  if (value === undefined || value === null) return {};
  if (typeof value === 'object' && !Array.isArray(value) && !(value instanceof Uint8Array)) {
    return value as JsonObject;
  }
  return { value: value instanceof Uint8Array ? Buffer.from(value).toString('base64') : value };
}
