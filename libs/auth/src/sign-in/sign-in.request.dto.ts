import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '../credentials/password-hash';

/** Checked for shape only: what a wrong login or password looks like must not be told apart. */
export class SignInRequestDto {
  @ApiProperty({ example: 'wangjianguo', description: '登录名 / login name', maxLength: 100 })
  @IsString()
  @MaxLength(100)
  login!: string;

  @ApiProperty({ example: '南安-安全-2026', description: '密码 / password' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}
