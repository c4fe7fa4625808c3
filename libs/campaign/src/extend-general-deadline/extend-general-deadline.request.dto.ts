import { ApiProperty } from '@nestjs/swagger';
import { IsZonedDateTime, TextField } from '@hazard/http';

export class ExtendGeneralDeadlineRequestDto {
  @ApiProperty({
    example: '2026-12-31T18:00:00+08:00',
    description: '新的整改期限（须晚于当前期限，带时区）/ new deadline, with offset',
  })
  @IsZonedDateTime()
  deadline!: string;

  @TextField({
    maxLength: 2000,
    multiline: true,
    example: '配件到货延迟',
    description: '延期理由 / reason',
  })
  reason!: string;
}
