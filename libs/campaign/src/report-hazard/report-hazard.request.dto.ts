import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { PRIORITIES } from '@hazard/workflows';
import type { Priority } from '@hazard/workflows';
import { IsZonedDateTime, Optional, says, TextField } from '@hazard/http';

/** 群众举报: a hazard the public reported at a unit, entered by its town or department. */
export class ReportHazardRequestDto {
  @ApiProperty({ example: '0b7c2f9e-2c55-5d5e-9a8b-1f2d3c4b5a69', description: '单位编号' })
  @Matches(/^[0-9a-f-]{36}$/i, { message: says('unitId') })
  unitId!: string;

  @TextField({
    maxLength: 2000,
    multiline: true,
    example: '群众举报：仓库消防通道被货物堵塞',
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
