import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn } from 'class-validator';
import { ROLES } from '@hazard/domain';
import type { Role } from '@hazard/domain';
import { IsTextList, Optional, says, TextField } from '@hazard/http';
import { LoginField, NewPasswordField } from '../shared/credential-fields.decorator';

/** Machines act as the scheduler; no person is given that role. */
export const ASSIGNABLE_ROLES = ROLES.filter((role) => role !== 'scheduler');

export class CreateUserRequestDto {
  @TextField({ maxLength: 100, example: '王建国', description: '姓名 / display name' })
  name!: string;

  @LoginField({ optional: true })
  login?: string;

  @NewPasswordField({
    optional: true,
    description: '初始密码，与登录名一起用于登录 / initial password',
  })
  password?: string;

  @ApiProperty({
    example: ['leader'],
    description: '角色 / roles',
    enum: ASSIGNABLE_ROLES,
    isArray: true,
  })
  @IsArray({ message: says('notArray') })
  @ArrayMinSize(1, { message: says('tooFewItems', 'min') })
  @ArrayMaxSize(ASSIGNABLE_ROLES.length, { message: says('tooManyItems', 'max') })
  @IsIn(ASSIGNABLE_ROLES, { each: true, message: says('oneOf', 'values') })
  roles!: Role[];

  @ApiPropertyOptional({
    example: ['水头镇'],
    description: '辖区乡镇；为空表示全市 / towns in jurisdiction; empty means the whole city',
    type: [String],
  })
  @Optional()
  @IsTextList({ minItems: 0, maxItems: 100, maxLength: 100 })
  towns?: string[];

  @ApiPropertyOptional({
    example: ['住建局'],
    description: '代表的行业主管部门 / departments the user speaks for',
    type: [String],
  })
  @Optional()
  @IsTextList({ minItems: 0, maxItems: 100, maxLength: 100 })
  departments?: string[];

  @TextField({
    maxLength: 100,
    example: '0b7c2f9e-2c55-4d5e-9a8b-1f2d3c4b5a69',
    description:
      '所属生产经营单位编号，unit 角色必填 / the unit a user with the unit role acts for (required for it)',
    optional: true,
  })
  unitId?: string;
}
