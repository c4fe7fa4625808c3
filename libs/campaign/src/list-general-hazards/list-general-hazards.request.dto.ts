import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { GENERAL_HAZARD_STATES, HAZARD_SOURCES } from '@hazard/workflows';
import type { GeneralHazardState, HazardSource } from '@hazard/workflows';
import { Optional, QueryBoolean, says, TextField } from '@hazard/http';
import { CursorPagingDto } from '../shared/cursor-paging.dto';

const STATES = GENERAL_HAZARD_STATES.filter((state) => state !== 'unfound');

export class ListGeneralHazardsRequestDto extends CursorPagingDto {
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

  @ApiPropertyOptional({ enum: STATES, example: 'rectifying' })
  @Optional()
  @IsIn(STATES, { message: says('oneOf', 'values') })
  state?: GeneralHazardState;

  @ApiPropertyOptional({ enum: HAZARD_SOURCES, example: 'selfInspection' })
  @Optional()
  @IsIn(HAZARD_SOURCES, { message: says('oneOf', 'values') })
  source?: HazardSource;

  @QueryBoolean('Hazards whose deadline in force has passed')
  overdue?: boolean;
}
