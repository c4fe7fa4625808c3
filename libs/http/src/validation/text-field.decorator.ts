import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { encodeRule } from './field-rules';
import { Optional } from './optional.decorator';
import { validatedBy } from './validated-by';
import { normalizeText, textProblem } from './text-policy';
import type { TextKind } from './text-policy';

export interface TextFieldOptions extends TextKind {
  example: string;
  description: string;
  optional?: boolean;
}

/** Checks a text under the text policy; its message names the rule it broke. */
const IsText = (kind: TextKind) =>
  validatedBy('isText', (value) => {
    const rule = textProblem(value, kind);
    return rule && encodeRule(rule, { max: kind.maxLength });
  });

/** Normalised on the way in, so that what is checked is what is stored. */
const NormalizedText = () => Transform(({ value }) => normalizeText(value));

/**
 * A required (or optional) text under the one text policy (see text-policy.ts), documented with
 * an example. `multiline` for free text (descriptions, notes, reasons); names and other short
 * fields are one line.
 */
export function TextField({ example, description, optional, ...kind }: TextFieldOptions) {
  const documented = optional ? ApiPropertyOptional : ApiProperty;
  return applyDecorators(
    documented({ example, description, maxLength: kind.maxLength }),
    NormalizedText(),
    ...(optional ? [Optional()] : []),
    IsText(kind),
  );
}
