import { createHash, randomUUID } from 'node:crypto';
import stableStringify from 'fast-json-stable-stringify';
import { deterministicUuid } from '@hazard/commands';
import { IdempotencyKeyReusedError } from '@hazard/domain';
import type { EventStore } from '@hazard/event-store';
import { IdempotencyKeyMismatchError } from '@hazard/http';
import type { CommandRequest } from './command-request.decorator';

/** The same command, whatever the order of its fields, has the same fingerprint. */
const fingerprint = (command: object): string =>
  createHash('sha256').update(stableStringify(command)).digest('base64url');

/** The same key maps to the same id again, so a retried creation finds what it created. */
export const idForRequest = (request: CommandRequest, purpose: string): string =>
  request.idempotencyKey
    ? deterministicUuid(`${purpose}/${request.actor.userId}/${request.idempotencyKey}`)
    : randomUUID();

export interface KeyedIds {
  commandId: string;
  /** The request's own id (from the key) as the events' causationId; absent without a key. */
  causationId?: string;
}

/**
 * The ids of a command sent over HTTP, for any stream. Idempotency keys are scoped to the
 * user. A keyed request's commandId also covers what the command says: a retry finds its own
 * commandId and gets the first answer, while the key sent again with another body finds an
 * event of its request with another commandId and is refused before anything is appended.
 */
export async function keyedIds(
  store: EventStore,
  streamId: string,
  command: { type: string },
  request: CommandRequest,
): Promise<KeyedIds> {
  const requestId = idForRequest(request, 'command');
  if (request.idempotencyKey === undefined) return { commandId: requestId };
  const commandId = deterministicUuid(`${requestId}/${fingerprint(command)}`);
  const events = await store.read(streamId);
  const first = events.find(
    (e) => e.metadata.causationId === requestId && e.metadata.commandId !== commandId,
  );
  if (first) {
    const firstCommand = first.metadata.command;
    if (typeof firstCommand === 'string' && firstCommand !== command.type) {
      throw new IdempotencyKeyReusedError(command.type, firstCommand);
    }
    throw new IdempotencyKeyMismatchError();
  }
  return { commandId, causationId: requestId };
}

/** What every command answers, with the ETag and the echoed correlation id. */
export function answer<T extends { version: number }>(request: CommandRequest, result: T): T {
  request.response.setHeader('ETag', `"${result.version}"`);
  if (request.correlationId) request.response.setHeader('X-Correlation-Id', request.correlationId);
  return result;
}
