import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '@hazard/domain';
import type { Role } from '@hazard/domain';

export class CreateUserResponseDto {
  @ApiProperty({ example: '6f1c1d2e-8a4b-4c3d-9e2f-0a1b2c3d4e5f' })
  id!: string;

  @ApiProperty({ example: '王建国' })
  name!: string;

  @ApiProperty({ example: ['leader'], enum: ROLES, isArray: true })
  roles!: Role[];

  @ApiProperty({ example: ['水头镇'], type: [String] })
  towns!: string[];

  @ApiProperty({ example: ['住建局'], type: [String] })
  departments!: string[];

  @ApiProperty({ example: '2026-11-30T09:00:00+08:00' })
  createdAt!: string;

  @ApiProperty({
    example: 'hz_3q2m8Zb0N1x4V7cKQ9YtJwR5uLp6sEa2dHf8gTk0iUo',
    description: 'API 令牌，只返回这一次 / the API token, shown only this once',
  })
  token!: string;
}
