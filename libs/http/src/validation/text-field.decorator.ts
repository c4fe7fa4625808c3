import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export interface TextFieldOptions {
  maxLength: number;
  example: string;
  description: string;
  optional?: boolean;
}

/** A required (or optional) non-blank string of bounded length, documented with an example. */
export function TextField({ maxLength, example, description, optional }: TextFieldOptions) {
  const documented = optional ? ApiPropertyOptional : ApiProperty;
  return applyDecorators(
    documented({ example, description, maxLength }),
    ...(optional ? [IsOptional()] : []),
    IsString(),
    Matches(/\S/, { message: '$property must not be blank' }),
    MaxLength(maxLength),
  );
}
