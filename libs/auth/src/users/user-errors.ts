import { DomainError } from '@hazard/domain';

export class UserNotFoundError extends DomainError {
  readonly status = 404;
  readonly code = 'user-not-found';
  constructor(userId: string) {
    super(`user ${userId} does not exist`);
  }
}

export class LoginTakenError extends DomainError {
  readonly status = 409;
  readonly code = 'login-taken';
  constructor(login: string) {
    super(`the login "${login}" is already taken`);
  }
}

/** One answer for an unknown login, a wrong password and a deactivated user alike. */
export class InvalidCredentialsError extends DomainError {
  readonly status = 401;
  readonly code = 'invalid-credentials';
  constructor() {
    super('the login or password is incorrect');
  }
}

export class CsrfTokenError extends DomainError {
  readonly status = 403;
  readonly code = 'csrf';
  constructor() {
    super(
      'a request that changes state with the session cookie needs the header X-CSRF-Token equal to the hz_csrf cookie',
    );
  }
}
