import type { ValidationError } from 'class-validator';
import { ValidationFailedError } from '@hazard/domain';
import { decodeRule, fieldError } from './field-rules';
import type { LocalizedFieldError } from './field-rules';

function fieldErrorOf(path: string, property: string, key: string, message: string) {
  if (key === 'whitelistValidation') return fieldError(path, 'unknownField', {}, property);
  const decoded = decodeRule(message);
  if (!decoded) return { field: path, message, zh: `${property} 不符合要求（${message}）` };
  const at = decoded.index === undefined ? path : `${path}.${decoded.index}`;
  const label = decoded.index === undefined ? property : `${property}.${decoded.index}`;
  return fieldError(at, decoded.rule, decoded.params, label);
}

function flatten(errors: ValidationError[], parent: string): LocalizedFieldError[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([key, message]) =>
      fieldErrorOf(path, error.property, key, message),
    );
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/** ValidationPipe's failures become the domain's 422, one entry per field path. */
export const validationFailed = (errors: ValidationError[]): ValidationFailedError =>
  new ValidationFailedError(flatten(errors, ''));
