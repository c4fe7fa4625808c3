import { HttpException } from '@nestjs/common';
import {
  CaseNotFoundError,
  DomainError,
  IdempotencyKeyReusedError,
  SeparationOfDutiesError,
  TransitionNotAllowedError,
  ValidationFailedError,
  VersionMismatchError,
} from '@hazard/domain';
import {
  ExportTooLargeError,
  InvalidHeaderError,
  TooManyFailedAuthenticationsError,
} from './http-errors';

export interface ProblemOutline {
  status: number;
  code: string;
  englishDetail: string;
  /** Problem members beyond the RFC 7807 core, also quoted by the zh-CN detail. */
  extensions: Record<string, unknown>;
}

const HTTP_CODES: Record<number, string> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  413: 'payload-too-large',
};

function extensionsOf(error: DomainError): Record<string, unknown> {
  if (error instanceof ValidationFailedError) return { errors: error.errors };
  if (error instanceof TransitionNotAllowedError) {
    return { state: error.state, command: error.command };
  }
  if (error instanceof VersionMismatchError) {
    return { expectedVersion: error.expected, currentVersion: error.actual };
  }
  if (error instanceof CaseNotFoundError) return { caseId: error.caseId };
  if (error instanceof IdempotencyKeyReusedError) {
    return { command: error.command, firstCommand: error.firstCommand };
  }
  if (error instanceof SeparationOfDutiesError) {
    return { rule: 'separation-of-duties', command: error.command, check: error.check };
  }
  if (error instanceof InvalidHeaderError) return { header: error.header };
  if (error instanceof TooManyFailedAuthenticationsError) {
    return { retryAfter: error.retryAfterSeconds };
  }
  if (error instanceof ExportTooLargeError) return { total: error.total, limit: error.limit };
  return {};
}

/** Classifies anything thrown while serving a request; unknown errors become a bare 500. */
export function toProblem(error: unknown): ProblemOutline {
  if (error instanceof DomainError) {
    return {
      status: error.status,
      code: error.code,
      englishDetail: error.message,
      extensions: extensionsOf(error),
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    return {
      status,
      code: HTTP_CODES[status] ?? 'http-error',
      englishDetail: error.message,
      extensions: {},
    };
  }
  return {
    status: 500,
    code: 'internal-error',
    englishDetail: 'an unexpected error occurred; it has been logged',
    extensions: {},
  };
}
