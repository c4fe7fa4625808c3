import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsZonedDateTime, Optional, TextField } from '@hazard/http';

export class ApproveExtensionRequestDto {
  @ApiPropertyOptional({
    example: '2027-01-20T18:00:00+08:00',
    description:
      '批准的新期限；省略则按申请的期限 / approved deadline; defaults to the requested one',
  })
  @Optional()
  @IsZonedDateTime()
  deadline?: string;

  @TextField({
    maxLength: 2000,
    multiline: true,
    example: '同意延期，请按新期限完成',
    description: '批准意见 / note',
    optional: true,
  })
  reason?: string;
}
