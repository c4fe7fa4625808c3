/**
 * Domain errors carry their HTTP meaning, so the API renders them as problem+json without
 * a mapping table (see emmett's errors).
 */
export interface FieldError {
  field: string;
  message: string;
  /** The zh-CN wording, where the domain writes one (else the HTTP layer translates). */
  zh?: string;
}

export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
}

export class ValidationFailedError extends DomainError {
  readonly status = 422;
  readonly code = 'validation-failed';
  constructor(readonly errors: FieldError[]) {
    // Some messages name their field already ("password must be …"); say it once.
    super(
      errors
        .map((e) => (e.message.startsWith(`${e.field} `) ? e.message : `${e.field}: ${e.message}`))
        .join('; '),
    );
  }
}

export class ForbiddenError extends DomainError {
  readonly status = 403;
  readonly code: string = 'forbidden';
}

/**
 * The case's own side may not check its own work: whoever led the case, submitted its plan or
 * reported its fix may not approve that plan or accept that fix (验收 by someone independent).
 */
export class SeparationOfDutiesError extends ForbiddenError {
  override readonly code = 'separation-of-duties';
  constructor(
    readonly command: string,
    readonly check: 'plan' | 'fix',
  ) {
    super(
      check === 'plan'
        ? `${command}: whoever led the case or submitted its plan may not approve it; an independent committee member must`
        : `${command}: whoever led the case or reported its fix may not accept it (验收 by someone independent)`,
    );
  }
}

export class CaseNotFoundError extends DomainError {
  readonly status = 404;
  readonly code = 'case-not-found';
  constructor(readonly caseId: string) {
    super(`major hazard case ${caseId} does not exist`);
  }
}

export class TransitionNotAllowedError extends DomainError {
  readonly status = 409;
  readonly code = 'transition-not-allowed';
  constructor(
    readonly command: string,
    readonly state: string,
    reason?: string,
  ) {
    super(`${command} is not allowed in state ${state}${reason ? `: ${reason}` : ''}`);
  }
}

/** An Idempotency-Key (commandId) already used for a different command on this case. */
export class IdempotencyKeyReusedError extends DomainError {
  readonly status = 422;
  readonly code = 'idempotency-key-reused';
  constructor(
    readonly command: string,
    readonly firstCommand: string,
  ) {
    super(`this idempotency key was already used for ${firstCommand}, not ${command}`);
  }
}

/** Someone else changed the case between our read and our write. */
export class ConcurrentModificationError extends DomainError {
  readonly status = 409;
  readonly code = 'concurrent-modification';
}

/** The client's If-Match names a version that is no longer current. */
export class VersionMismatchError extends DomainError {
  readonly status = 412;
  readonly code = 'version-mismatch';
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`expected version ${expected}, current version is ${actual}`);
  }
}
