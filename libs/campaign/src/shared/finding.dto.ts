import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { PRIORITIES } from '@hazard/workflows';
import type { Priority } from '@hazard/workflows';
import { IsZonedDateTime, Optional, says, TextField } from '@hazard/http';

/** A hazard found at a unit: what it is, its grading (急重轻缓) and, if not the default, its deadline. */
export class FindingDto {
  @TextField({
    maxLength: 2000,
    multiline: true,
    example: '切割车间配电箱未接地',
    description: '隐患描述 / description',
  })
  description!: string;

  @ApiProperty({ enum: PRIORITIES, example: 'serious', description: '急重轻缓 / grading' })
  @IsIn(PRIORITIES, { message: says('oneOf', 'values') })
  grading!: Priority;

  @ApiPropertyOptional({
    example: '2026-12-15T18:00:00+08:00',
    description: '整改期限；默认按分级 / deadline (default: by grading)',
  })
  @Optional()
  @IsZonedDateTime()
  rectificationDeadline?: string;
}
