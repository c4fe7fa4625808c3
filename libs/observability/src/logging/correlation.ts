import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const CORRELATION_HEADER = 'X-Correlation-Id';

/** Visible ASCII, as any proxy passes it on: what a caller's id may be. */
const WELL_FORMED = /^[\x21-\x7e]{1,200}$/;

const context = new AsyncLocalStorage<string>();

/** The correlation id of the request or job this code runs for, if any. */
export const currentCorrelationId = (): string | undefined => context.getStore();

/** Runs `work` (and everything it starts) under `correlationId`: its log lines carry it. */
export const withCorrelationId = <T>(correlationId: string | undefined, work: () => T): T =>
  correlationId ? context.run(correlationId, work) : work();

/** A caller's id when well-formed; otherwise (absent, or not something to log) a new one. */
export function correlationIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header.join(',') : header;
  return value !== undefined && WELL_FORMED.test(value) ? value : randomUUID();
}

type CorrelatedRequest = Request & { correlationId?: string };

/** The id the correlation middleware gave this request. */
export const correlationIdOf = (request: Request): string | undefined =>
  (request as CorrelatedRequest).correlationId;

/**
 * First in the pipeline: every request gets its correlation id, echoed on the response, and
 * the rest of its handling runs under it: the events it appends carry it.
 */
export function correlationMiddleware(request: Request, response: Response, next: NextFunction) {
  const correlationId = correlationIdFrom(request.headers['x-correlation-id']);
  (request as CorrelatedRequest).correlationId = correlationId;
  response.setHeader(CORRELATION_HEADER, correlationId);
  context.run(correlationId, next);
}
