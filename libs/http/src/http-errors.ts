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

/** The body could not be read: not JSON, too large, or in an unsupported encoding. */
export class UnreadableBodyError extends DomainError {
  readonly code: 'malformed-json' | 'payload-too-large' | 'unsupported-body';
  constructor(
    readonly status: number,
    bodyParserType: string,
    message: string,
  ) {
    super(message);
    this.code =
      bodyParserType === 'entity.parse.failed'
        ? 'malformed-json'
        : status === 413
          ? 'payload-too-large'
          : 'unsupported-body';
  }
}
