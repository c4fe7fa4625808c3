import type { ValidationError } from 'class-validator';
import { ValidationFailedError } from '@hazard/domain';
import type { FieldError } from '@hazard/domain';
import { parseItemMessage } from './text-list.decorator';

function flatten(errors: ValidationError[], parent: string): FieldError[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => {
      const item = parseItemMessage(message);
      return item
        ? { field: `${path}.${item.index}`, message: item.text }
        : { field: path, message };
    });
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/** ValidationPipe's failures become the domain's 422, one entry per field path. */
export const validationFailed = (errors: ValidationError[]): ValidationFailedError =>
  new ValidationFailedError(flatten(errors, ''));
