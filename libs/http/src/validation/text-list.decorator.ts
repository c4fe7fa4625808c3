import { registerDecorator } from 'class-validator';
import type { ValidationArguments, ValidationOptions } from 'class-validator';

export interface TextListLimits {
  minItems: number;
  maxItems: number;
  maxLength: number;
}

const ITEM_MESSAGE = /^\[(\d+)\] (.*)$/s;

/** An item's failure travels in the message as `[index] text`, so its path can say which. */
export const itemMessage = (index: number, text: string): string => `[${index}] ${text}`;

export function parseItemMessage(message: string): { index: string; text: string } | null {
  const match = ITEM_MESSAGE.exec(message);
  return match ? { index: match[1], text: match[2] } : null;
}

const badItem = (value: unknown, maxLength: number): boolean =>
  typeof value !== 'string' || value.trim() === '' || value.length > maxLength;

function problemWith(value: unknown, limits: TextListLimits): string | null {
  if (!Array.isArray(value)) return 'must be an array of strings';
  if (value.length < limits.minItems) return `must contain at least ${limits.minItems} item(s)`;
  if (value.length > limits.maxItems) return `must contain at most ${limits.maxItems} items`;
  const index = value.findIndex((item) => badItem(item, limits.maxLength));
  return index < 0
    ? null
    : itemMessage(index, `must be a non-empty string of at most ${limits.maxLength} characters`);
}

/** A bounded list of bounded, non-blank strings whose errors name the offending index. */
export function IsTextList(limits: TextListLimits, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isTextList',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => problemWith(value, limits) === null,
        defaultMessage: (args?: ValidationArguments) => problemWith(args?.value, limits) ?? '',
      },
    });
}
