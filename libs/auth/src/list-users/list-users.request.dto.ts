import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ROLES } from '@hazard/domain';
import type { Role } from '@hazard/domain';

/** Only the words `true` and `false`: anything else stays a string and fails @IsBoolean. */
const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ListUsersRequestDto {
  @ApiPropertyOptional({ enum: ROLES, example: 'leader', description: '角色 / holding this role' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({
    example: '水头镇',
    description: '辖区覆盖该乡镇的用户（含全市范围的用户）/ whose jurisdiction covers this town',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  town?: string;

  @ApiPropertyOptional({ example: '王', description: '姓名或登录名包含 / part of name or login' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({
    type: Boolean,
    example: false,
    default: false,
    description: '包括已停用的用户 / include deactivated users',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  includeInactive?: boolean;
}
