import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '@hazard/domain';
import type { Role } from '@hazard/domain';

/** The signed-in user as the console shows them. */
export class MeResponseDto {
  @ApiProperty({ example: '6f1c1d2e-8a4b-4c3d-9e2f-0a1b2c3d4e5f' })
  id!: string;

  @ApiProperty({ example: '王建国', description: '姓名 / display name' })
  name!: string;

  @ApiProperty({
    example: 'wangjianguo',
    nullable: true,
    type: String,
    description: '登录名；仅用 API 令牌的机器用户为空 / login name; null for token-only users',
  })
  login!: string | null;

  @ApiProperty({ example: ['leader'], enum: ROLES, isArray: true, description: '角色 / roles' })
  roles!: Role[];

  @ApiProperty({
    example: ['水头镇'],
    type: [String],
    description: '辖区乡镇；为空表示全市 / towns in jurisdiction; empty means the whole city',
  })
  towns!: string[];

  @ApiProperty({
    example: ['住建局'],
    type: [String],
    description: '代表的行业主管部门 / departments the user speaks for',
  })
  departments!: string[];

  @ApiProperty({
    example: null,
    nullable: true,
    type: String,
    description:
      '所属生产经营单位编号（仅 unit 角色）/ the unit a user with the unit role acts for',
  })
  unitId!: string | null;
}
