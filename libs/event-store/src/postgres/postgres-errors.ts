import { EventStoreUnavailableError } from '../errors';

/** Socket errors: nothing listens, the server went away, the network dropped. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EPIPE',
]);

/**
 * SQLSTATEs of a server that cannot serve now: class 08 (connection exception), shutting
 * down or starting up (57P01–57P03), too many connections (53300).
 */
const isUnavailableState = (code: string): boolean =>
  code.startsWith('08') || ['57P01', '57P02', '57P03', '53300'].includes(code);

/** What pg throws without a code when a connection ends or a pool slot never frees. */
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
];

/**
 * A server that cannot be reached becomes the port's EventStoreUnavailableError. Duck-typed:
 * socket errors come from Node's own realm, where `instanceof Error` may not hold (jest).
 */
export function toStoreError(thrown: unknown): unknown {
  const { code, message } = (thrown ?? {}) as { code?: unknown; message?: unknown };
  const unavailable =
    (typeof code === 'string' && (SOCKET_CODES.has(code) || isUnavailableState(code))) ||
    (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((m) => message.startsWith(m)));
  if (!unavailable) return thrown;
  return new EventStoreUnavailableError(`PostgreSQL is unavailable: ${String(message)}`, {
    cause: thrown,
  });
}

/** The unique index on event ids refused the insert: the ids were written elsewhere meanwhile. */
export const isDuplicateEventId = (error: unknown): boolean =>
  (error as { code?: unknown }).code === '23505' &&
  (error as { constraint?: unknown }).constraint === 'events_event_id_key';
