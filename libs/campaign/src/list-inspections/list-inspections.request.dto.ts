import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { INSPECTION_KINDS } from '@hazard/domain';
import type { InspectionKind } from '@hazard/domain';
import { Optional, QueryBoolean, says, TextField } from '@hazard/http';
import { JurisdictionPageDto } from '../shared/jurisdiction-page.dto';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class ListInspectionsRequestDto extends JurisdictionPageDto {
  @TextField({ maxLength: 100, example: '0b7c…', description: '单位编号 / unit', optional: true })
  unitId?: string;

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
