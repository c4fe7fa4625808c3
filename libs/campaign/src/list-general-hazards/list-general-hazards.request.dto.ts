import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { GENERAL_HAZARD_STATES, HAZARD_SOURCES } from '@hazard/workflows';
import type { GeneralHazardState, HazardSource } from '@hazard/workflows';
import { Optional, QueryBoolean, says, TextField } from '@hazard/http';
import { JurisdictionPageDto } from '../shared/jurisdiction-page.dto';

const STATES = GENERAL_HAZARD_STATES.filter((state) => state !== 'unfound');

export class ListGeneralHazardsRequestDto extends JurisdictionPageDto {
  @TextField({ maxLength: 100, example: '0b7c…', description: '单位编号 / unit', optional: true })
  unitId?: string;

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
