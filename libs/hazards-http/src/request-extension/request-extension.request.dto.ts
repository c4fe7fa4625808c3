import { ApiProperty } from '@nestjs/swagger';
import { IsZonedDateTime, TextField } from '@hazard/http';

export class RequestExtensionRequestDto {
  @ApiProperty({
    example: '2027-01-31T18:00:00+08:00',
    description: '申请延至（须晚于当前期限，带时区）/ requested new deadline, with offset',
  })
  @IsZonedDateTime()
  deadline!: string;

  @TextField({
    maxLength: 2000,
    multiline: true,
    example: '加固材料受寒潮影响延迟到货',
    description: '延期理由 / reason',
  })
  reason!: string;
}
