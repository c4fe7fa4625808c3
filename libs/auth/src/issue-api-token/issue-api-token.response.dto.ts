import { ApiProperty } from '@nestjs/swagger';

export class IssueApiTokenResponseDto {
  @ApiProperty({
    example: 'hz_bxwdLopLTD2eLwobLD1OXw.3q2m8Zb0N1x4V7cKQ9YtJwR5uLp6sEa2dHf8gTk0iUo',
    description: '新的 API 令牌，只返回这一次 / the new API token, shown only this once',
  })
  token!: string;
}
