import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { encodeRule } from './field-rules';
import { normalizeText, textProblem } from './text-policy';
import { validatedBy } from './validated-by';

export interface TextListLimits {
  minItems: number;
  maxItems: number;
  /** Of each item; items are one-line texts under the text policy. */
  maxLength: number;
}

function problemWith(value: unknown, limits: TextListLimits): string | null {
  if (value === undefined) return encodeRule('required');
  if (!Array.isArray(value)) return encodeRule('notArray');
  if (value.length < limits.minItems) return encodeRule('tooFewItems', { min: limits.minItems });
  if (value.length > limits.maxItems) return encodeRule('tooManyItems', { max: limits.maxItems });
  for (const [index, item] of value.entries()) {
    const rule = textProblem(item, limits);
    if (rule) return encodeRule(rule, { max: limits.maxLength }, index);
  }
  return null;
}

/** A bounded list of texts, each normalised and checked; an error names the offending index. */
export function IsTextList(limits: TextListLimits) {
  return applyDecorators(
    Transform(({ value }) => (Array.isArray(value) ? value.map(normalizeText) : value)),
    validatedBy('isTextList', (value) => problemWith(value, limits)),
  );
}
