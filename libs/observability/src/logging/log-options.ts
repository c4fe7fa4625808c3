import type { IncomingMessage, ServerResponse } from 'node:http';
import pino from 'pino';
import type { DestinationStream, LevelWithSilent, LoggerOptions } from 'pino';
import type { Options as HttpLogOptions } from 'pino-http';
import PinoPretty from 'pino-pretty';
import { correlationIdFrom, correlationIdOf, currentCorrelationId } from './correlation';

export type LogFormat = 'auto' | 'json' | 'pretty';

/**
 * Whatever could let someone in is never written out: credentials in headers, and secrets in
 * any object logged (a sign-in body, a token issued), however deep.
 */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.secret',
  '*.*.password',
  '*.*.token',
];

type Request = IncomingMessage & { actor?: { userId: string }; originalUrl?: string };

const pathOf = (request: Request): string =>
  (request.originalUrl ?? request.url ?? '').split('?')[0];

/** Pretty on a terminal (or when asked), JSON lines everywhere else. */
export const wantsPretty = (format: LogFormat, isTerminal: boolean): boolean =>
  format === 'pretty' || (format === 'auto' && isTerminal);

/** The pino options of every process: ISO UTC times, redaction, the job's correlation id. */
export function loggerOptions(level: LevelWithSilent): LoggerOptions {
  return {
    level,
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    // The id of the request or job being run, unless the logger carries it already (as a
    // request's own logger does).
    mixin: (_line, _level, logger) => {
      const correlationId = currentCorrelationId();
      if (!correlationId || 'correlationId' in logger.bindings()) return {};
      return { correlationId };
    },
  };
}

function requestLine(request: Request, response: ServerResponse, base: object) {
  return {
    method: request.method,
    path: pathOf(request),
    status: response.statusCode,
    durationMs: (base as { durationMs?: number }).durationMs,
    userId: request.actor?.userId,
  };
}

/**
 * One line per request, when it is answered: method, path (never the query, which may hold
 * anything), status, duration, who asked and the correlation id; nothing of the headers.
 */
export function httpLogOptions(level: LevelWithSilent): HttpLogOptions<Request> {
  return {
    ...loggerOptions(level),
    genReqId: (request) =>
      correlationIdOf(request as never) ?? correlationIdFrom(request.headers['x-correlation-id']),
    customAttributeKeys: { reqId: 'correlationId', responseTime: 'durationMs' },
    quietReqLogger: true,
    quietResLogger: true,
    customLogLevel: (_request, response, error) =>
      error || response.statusCode >= 500 ? 'error' : 'info',
    customSuccessObject: requestLine,
    customErrorObject: (
      request: Request,
      response: ServerResponse,
      error: Error,
      base: object,
    ) => ({
      ...requestLine(request, response, base),
      err: error,
    }),
    customSuccessMessage: (request, response) =>
      `${request.method} ${pathOf(request)} ${response.statusCode}`,
    customErrorMessage: (request, response) =>
      `${request.method} ${pathOf(request)} ${response.statusCode}`,
  };
}

/** Where lines go: the given stream (a test), a pretty printer, or stdout as JSON. */
export function logDestination(
  format: LogFormat,
  stream: DestinationStream | undefined,
): DestinationStream {
  if (stream) return stream;
  const isTerminal = process.stdout.isTTY === true;
  if (wantsPretty(format, isTerminal)) {
    return PinoPretty({
      // LOG_FORMAT=pretty into a file: readable lines without escape codes.
      colorize: isTerminal,
      translateTime: 'SYS:yyyy-mm-dd HH:MM:ss.l',
      ignore: 'pid,hostname',
      singleLine: true,
      sync: true,
    });
  }
  return pino.destination(1);
}
