import { ValidationFailedError } from '@hazard/domain';
import type { FieldError } from '@hazard/domain';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../credentials/password-hash';
import { LOGIN_PATTERN } from './identity-streams';

export const LOGIN_RULE =
  'must be 2 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit';
export const PASSWORD_RULE = `must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`;

/**
 * The rules the HTTP DTOs state, checked again for every other door (the CLI, the demo):
 * the service never stores a login or password that breaks them.
 */
export function checkCredentials(fields: { login?: string | null; password?: string | null }) {
  const errors: FieldError[] = [];
  if (fields.login != null && !LOGIN_PATTERN.test(fields.login)) {
    errors.push({ field: 'login', message: LOGIN_RULE });
  }
  const password = fields.password;
  if (
    password != null &&
    (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH)
  ) {
    errors.push({ field: 'password', message: PASSWORD_RULE });
  }
  if (errors.length > 0) throw new ValidationFailedError(errors);
}
