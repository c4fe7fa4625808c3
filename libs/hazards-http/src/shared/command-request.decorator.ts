import { createParamDecorator } from '@nestjs/common';
import type { ExecutionContext } from '@nestjs/common';
import type { Response } from 'express';
import type { AuthenticatedRequest } from '@hazard/auth';
import type { Actor } from '@hazard/domain';
import { InvalidHeaderError } from '@hazard/http';
import { correlationIdOf } from '@hazard/observability';

/** Everything a command takes from its HTTP request besides the body. */
export interface CommandRequest {
  actor: Actor;
  /** From If-Match: the case version the client last saw. */
  expectedVersion?: number;
  idempotencyKey?: string;
  /** The request's (see correlationMiddleware): the caller's X-Correlation-Id, or a new one. */
  correlationId?: string;
  /** Where the ETag goes. */
  response: Response;
}

const ENTITY_TAG = /^(?:W\/)?"(\d{1,9})"$|^(\d{1,9})$/;
const TOKEN = /^[\x21-\x7e]{1,200}$/;

function expectedVersionFrom(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const match = ENTITY_TAG.exec(header.trim());
  if (!match) throw new InvalidHeaderError('If-Match', 'must be a version tag such as "3"');
  return Number(match[1] ?? match[2]);
}

function tokenFrom(name: string, header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (!TOKEN.test(header)) {
    throw new InvalidHeaderError(name, 'must be 1 to 200 visible ASCII characters');
  }
  return header;
}

const single = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value.join(',') : value;

/** The actor plus If-Match, Idempotency-Key and the correlation id; a malformed header is a 400. */
export const CommandRequest = createParamDecorator(
  (_data: unknown, context: ExecutionContext): CommandRequest => {
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const { actor, headers } = request;
    return {
      actor,
      expectedVersion: expectedVersionFrom(single(headers['if-match'])),
      idempotencyKey: tokenFrom('Idempotency-Key', single(headers['idempotency-key'])),
      correlationId: correlationIdOf(request),
      response: http.getResponse<Response>(),
    };
  },
);
