import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { INSPECTION_KINDS } from '@hazard/domain';
import type { InspectionKind } from '@hazard/domain';
import { Optional, QueryBoolean, says, TextField } from '@hazard/http';
import { CursorPagingDto } from '../shared/cursor-paging.dto';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class ListInspectionsRequestDto extends CursorPagingDto {
  @TextField({ maxLength: 100, example: '0b7c…', description: '单位编号 / unit', optional: true })
  unitId?: string;

  @TextField({ maxLength: 100, example: '水头镇', description: '乡镇 / town', optional: true })
  town?: string;

  @TextField({
    maxLength: 100,
    example: '工信局',
    description: '行业主管部门 / industry authority',
    optional: true,
  })
  industryAuthority?: string;

  @ApiPropertyOptional({ enum: INSPECTION_KINDS })
  @Optional()
  @IsIn(INSPECTION_KINDS, { message: says('oneOf', 'values') })
  kind?: InspectionKind;

  @QueryBoolean('Zero-hazard reports (零隐患) only, or only those with findings')
  zeroHazard?: boolean;

  @ApiPropertyOptional({ example: '2026-11-01', description: '检查日期起 / inspected on or after' })
  @Optional()
  @Matches(DAY, { message: says('calendarDay') })
  from?: string;

  @ApiPropertyOptional({
    example: '2026-11-30',
    description: '检查日期止 / inspected on or before',
  })
  @Optional()
  @Matches(DAY, { message: says('calendarDay') })
  to?: string;
}
