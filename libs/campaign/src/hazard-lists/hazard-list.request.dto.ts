import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { LANGUAGES } from '@hazard/domain';
import type { Language } from '@hazard/domain';
import { Optional, says } from '@hazard/http';
import { JurisdictionPageDto } from '../shared/jurisdiction-page.dto';

/** Per town, per industry authority, or city-wide (neither), within the caller's jurisdiction. */
export class HazardListRequestDto extends JurisdictionPageDto {
  @ApiPropertyOptional({ enum: ['json', 'xlsx'], default: 'json' })
  @Optional()
  @IsIn(['json', 'xlsx'], { message: says('oneOf', 'values') })
  format?: 'json' | 'xlsx';

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'XLSX headers and words; default zh-CN' })
  @Optional()
  @IsIn(LANGUAGES, { message: says('oneOf', 'values') })
  lang?: Language;
}
