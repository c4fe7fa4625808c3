import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { LANGUAGES } from '@hazard/domain';
import type { Language } from '@hazard/domain';
import { Optional, says, TextField } from '@hazard/http';
import { IMPORT_MODES } from './unit-import.events';
import type { ImportMode } from './unit-import.events';

export class ImportUnitsRequestDto {
  @ApiPropertyOptional({
    enum: IMPORT_MODES,
    default: 'allOrNothing',
    description:
      '全部或全不（有错行则一行不写）/ 逐行（好行写入，错行拒绝）/ all or nothing, or row by row',
  })
  @Optional()
  @IsIn(IMPORT_MODES, { message: says('oneOf', 'values') })
  mode?: ImportMode;

  @TextField({
    maxLength: 200,
    example: '水头镇单位名册.xlsx',
    description: '文件名（记录于导入任务）/ the file name, kept with the import',
    optional: true,
  })
  fileName?: string;
}

export class ImportTemplateRequestDto {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx' })
  @Optional()
  @IsIn(['xlsx', 'csv'], { message: says('oneOf', 'values') })
  format?: 'xlsx' | 'csv';

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'Headers in this language; default zh-CN' })
  @Optional()
  @IsIn(LANGUAGES, { message: says('oneOf', 'values') })
  lang?: Language;
}
