import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { LANGUAGES } from '@hazard/domain';
import type { Language } from '@hazard/domain';
import { Optional, says, TextField } from '@hazard/http';
import { CursorPagingDto } from '../shared/cursor-paging.dto';

/** Per town, per industry authority, or city-wide (neither), within the caller's jurisdiction. */
export class HazardListRequestDto extends CursorPagingDto {
  @TextField({ maxLength: 100, example: '水头镇', description: '乡镇 / town', optional: true })
  town?: string;

  @TextField({
    maxLength: 100,
    example: '工信局',
    description: '行业主管部门 / industry authority',
    optional: true,
  })
  industryAuthority?: string;

  @ApiPropertyOptional({ enum: ['json', 'xlsx'], default: 'json' })
  @Optional()
  @IsIn(['json', 'xlsx'], { message: says('oneOf', 'values') })
  format?: 'json' | 'xlsx';

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'XLSX headers and words; default zh-CN' })
  @Optional()
  @IsIn(LANGUAGES, { message: says('oneOf', 'values') })
  lang?: Language;
}
