import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { encodeRule } from './field-rules';
import { Optional } from './optional.decorator';
import { validatedBy } from './validated-by';

export interface QueryIntOptions {
  min: number;
  max: number;
  description: string;
  default?: number;
}

/** Plain digits only: `+5`, `1e3`, `0x10` or ` 5` are not how a page number is written. */
const DIGITS = /^\d{1,15}$/;

function intProblem(value: unknown, { min, max }: QueryIntOptions): string | null {
  if (Array.isArray(value)) return encodeRule('repeated');
  if (typeof value === 'number') {
    if (value < min) return encodeRule('tooSmall', { min });
    if (value > max) return encodeRule('tooLarge', { max });
    return null;
  }
  const text = String(value);
  if (/^-\d+(\.\d+)?$/.test(text)) return encodeRule('tooSmall', { min });
  if (/^\d+$/.test(text)) return encodeRule('tooLarge', { max });
  if (/^\d+\.\d+$/.test(text)) return encodeRule('fraction');
  return encodeRule('wholeNumber');
}

/** An optional whole-number query parameter within [min, max], with a precise 422 otherwise. */
export function QueryInt(options: QueryIntOptions) {
  return applyDecorators(
    ApiPropertyOptional({
      type: 'integer',
      minimum: options.min,
      maximum: options.max,
      default: options.default,
      description: options.description,
    }),
    Optional(),
    Transform(({ value }) =>
      typeof value === 'string' && DIGITS.test(value) ? Number(value) : value,
    ),
    validatedBy('queryInt', (value) => intProblem(value, options)),
  );
}

const booleanProblem = (value: unknown): string | null =>
  Array.isArray(value)
    ? encodeRule('repeated')
    : typeof value === 'boolean'
      ? null
      : encodeRule('boolean');

/** An optional query flag: only the words `true` and `false`. */
export function QueryBoolean(description: string) {
  return applyDecorators(
    ApiPropertyOptional({ type: Boolean, example: true, description }),
    Optional(),
    Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)),
    validatedBy('queryBoolean', booleanProblem),
  );
}
