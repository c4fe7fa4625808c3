import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '../credentials/password-hash';
import { NewPasswordField } from '../shared/credential-fields.decorator';

export class ChangeOwnPasswordRequestDto {
  @ApiProperty({ example: '南安-安全-2026', description: '当前密码 / the current password' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @NewPasswordField({ description: '新密码 / the new password' })
  password!: string;
}
