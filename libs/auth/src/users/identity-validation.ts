import { ValidationFailedError } from '@hazard/domain';
import type { FieldError } from '@hazard/domain';
import { fieldError } from '@hazard/http';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../credentials/password-hash';
import { LOGIN_PATTERN } from './identity-streams';

/**
 * The rules the HTTP DTOs state, checked again for every other door (the CLI, the demo):
 * the service never stores a login or password that breaks them.
 */
export function checkCredentials(fields: { login?: string | null; password?: string | null }) {
  const errors: FieldError[] = [];
  if (fields.login != null && !LOGIN_PATTERN.test(fields.login)) {
    errors.push(fieldError('login', 'login'));
  }
  const password = fields.password;
  if (
    password != null &&
    (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH)
  ) {
    errors.push(
      fieldError('password', 'passwordLength', {
        min: PASSWORD_MIN_LENGTH,
        max: PASSWORD_MAX_LENGTH,
      }),
    );
  }
  if (errors.length > 0) throw new ValidationFailedError(errors);
}
