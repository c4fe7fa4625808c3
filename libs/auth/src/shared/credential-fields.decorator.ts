import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length, Matches } from 'class-validator';
import { Optional, says } from '@hazard/http';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../credentials/password-hash';
import { LOGIN_PATTERN, normalizeLogin } from '../users/identity-streams';

/** A login name, normalised (trimmed, lower case) before it is checked and stored. */
export const LoginField = (options: { optional?: boolean; example?: string } = {}) =>
  applyDecorators(
    (options.optional ? ApiPropertyOptional : ApiProperty)({
      example: options.example ?? 'wangjianguo',
      description:
        '登录名，不区分大小写；2 至 64 个字母、数字、“.”、“_”或“-” / login name, case-insensitive: 2 to 64 letters, digits, ".", "_" or "-"',
      pattern: LOGIN_PATTERN.source,
    }),
    ...(options.optional ? [Optional()] : []),
    Transform(({ value }) => (typeof value === 'string' ? normalizeLogin(value) : value)),
    IsString({ message: says('notString') }),
    Matches(LOGIN_PATTERN, { message: says('login') }),
  );

/** A new password: long enough to resist guessing, short enough to hash cheaply. */
export const NewPasswordField = (options: { optional?: boolean; description: string }) =>
  applyDecorators(
    (options.optional ? ApiPropertyOptional : ApiProperty)({
      example: '南安-安全-2026',
      description: options.description,
      minLength: PASSWORD_MIN_LENGTH,
      maxLength: PASSWORD_MAX_LENGTH,
    }),
    ...(options.optional ? [Optional()] : []),
    IsString({ message: says('notString') }),
    Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, {
      message: says('passwordLength', 'min', 'max'),
    }),
  );
