import { ApiProperty } from '@nestjs/swagger';
import { MeResponseDto } from './me.response.dto';

/** A user in the directory: no hashes, no tokens. */
export class UserResponseDto extends MeResponseDto {
  @ApiProperty({
    example: true,
    description: '是否启用；停用后其会话和令牌失效 / false once deactivated',
  })
  active!: boolean;

  @ApiProperty({ example: '2026-11-30T09:00:00+08:00', description: '创建时间 / created at' })
  createdAt!: string;
}
