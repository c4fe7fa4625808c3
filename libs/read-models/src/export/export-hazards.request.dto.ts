import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Optional, says } from '@hazard/http';
import { HazardFilterRequestDto } from '../http/hazard-filter.request.dto';
import { EXPORT_FORMATS } from './hazard-list.export';
import type { ExportFormat } from './hazard-list.export';

export class ExportHazardsRequestDto extends HazardFilterRequestDto {
  @ApiPropertyOptional({
    enum: EXPORT_FORMATS,
    default: 'xlsx',
    description: 'xlsx (Excel) or csv (UTF-8 with a byte-order mark, RFC 4180)',
  })
  @Optional()
  @IsIn(EXPORT_FORMATS, { message: says('oneOf', 'values') })
  format?: ExportFormat;
}
