import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../credentials/password-hash';
import { LOGIN_PATTERN, normalizeLogin } from '../users/identity-streams';
import { LOGIN_RULE, PASSWORD_RULE } from '../users/identity-validation';

/** A login name, normalised (trimmed, lower case) before it is checked and stored. */
export const LoginField = (options: { optional?: boolean; example?: string } = {}) =>
  applyDecorators(
    (options.optional ? ApiPropertyOptional : ApiProperty)({
      example: options.example ?? 'wangjianguo',
      description: `登录名，不区分大小写 / login name, case-insensitive; ${LOGIN_RULE}`,
      pattern: LOGIN_PATTERN.source,
    }),
    ...(options.optional ? [IsOptional()] : []),
    Transform(({ value }) => (typeof value === 'string' ? normalizeLogin(value) : value)),
    IsString(),
    Matches(LOGIN_PATTERN, { message: `$property ${LOGIN_RULE}` }),
  );

/** A new password: long enough to resist guessing, short enough to hash cheaply. */
export const NewPasswordField = (options: { optional?: boolean; description: string }) =>
  applyDecorators(
    (options.optional ? ApiPropertyOptional : ApiProperty)({
      example: '南安-安全-2026',
      description: `${options.description}; ${PASSWORD_RULE}`,
      minLength: PASSWORD_MIN_LENGTH,
      maxLength: PASSWORD_MAX_LENGTH,
    }),
    ...(options.optional ? [IsOptional()] : []),
    IsString(),
    Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, { message: `$property ${PASSWORD_RULE}` }),
  );
