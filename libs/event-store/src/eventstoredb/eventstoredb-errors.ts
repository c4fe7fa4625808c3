import {
  CancelledError,
  convertToCommandError,
  DeadlineExceededError,
  NotLeaderError,
  TimeoutError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { EventStoreUnavailableError, WrongExpectedRevisionError } from '../errors';
import type { ExpectedRevision } from '../event-store.port';

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
