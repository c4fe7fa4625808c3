import { DomainError } from '@hazard/domain';

/** A request header the API reads (If-Match, Idempotency-Key, ...) has a malformed value. */
export class InvalidHeaderError extends DomainError {
  readonly status = 400;
  readonly code = 'invalid-header';
  constructor(
    readonly header: string,
    reason: string,
  ) {
    super(`${header}: ${reason}`);
  }
}

const BODY_STATUSES = {
  'malformed-json': 400,
  'invalid-utf8': 400,
  'too-deeply-nested': 400,
  'body-not-object': 400,
  'unreadable-body': 400,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
} as const;

export type BodyProblem = keyof typeof BODY_STATUSES;

/** The body was refused before validation: not JSON, not an object, too large or too deep. */
export class UnreadableBodyError extends DomainError {
  readonly status: number;
  constructor(
    readonly code: BodyProblem,
    message: string,
  ) {
    super(message);
    this.status = BODY_STATUSES[code];
  }
}

/** Too many failed authentications from one client address; it may try again later. */
export class TooManyFailedAuthenticationsError extends DomainError {
  readonly status = 429;
  readonly code = 'too-many-failed-authentications';
  constructor(readonly retryAfterSeconds: number) {
    super(`too many failed authentications from this address; retry in ${retryAfterSeconds} s`);
  }
}

/** An Idempotency-Key already used for a request with another body. */
export class IdempotencyKeyMismatchError extends DomainError {
  readonly status = 422;
  readonly code = 'idempotency-key-mismatch';
  constructor() {
    super(
      'this Idempotency-Key was already used with a different request body; ' +
        'retry with the same body, or use a new key for a new request',
    );
  }
}

/** An export would hold more rows than a download may; the filters must narrow it first. */
export class ExportTooLargeError extends DomainError {
  readonly status = 422;
  readonly code = 'export-too-large';
  constructor(
    readonly total: number,
    readonly limit: number,
  ) {
    super(
      `the filtered list holds ${total} cases, more than the ${limit} an export may hold; ` +
        'narrow the filters and export again',
    );
  }
}
