import { registerDecorator } from 'class-validator';
import type { ValidationArguments } from 'class-validator';

/**
 * A property check whose failure message is its reason (an encoded field rule): `problem`
 * returns that reason, or null when the value is acceptable.
 */
export const validatedBy =
  (name: string, problem: (value: unknown) => string | null): PropertyDecorator =>
  (target, propertyKey) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyKey),
      validator: {
        validate: (value: unknown) => problem(value) === null,
        defaultMessage: (args?: ValidationArguments) => problem(args?.value) ?? '',
      },
    });
