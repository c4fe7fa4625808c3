import { NewPasswordField } from '../shared/credential-fields.decorator';

export class SetPasswordRequestDto {
  @NewPasswordField({ description: '新密码 / the new password' })
  password!: string;
}
