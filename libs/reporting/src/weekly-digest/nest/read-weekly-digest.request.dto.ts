import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Optional, says } from '@hazard/http';
import { LANGUAGES } from '@hazard/domain';
import type { Language } from '@hazard/domain';
import { DIGEST_FORMATS } from '../render/render-digest';
import type { DigestFormat } from '../render/render-digest';

export class ReadWeeklyDigestRequestDto {
  @ApiPropertyOptional({ enum: DIGEST_FORMATS, default: 'json', description: 'json, md or html' })
  @Optional()
  @IsIn(DIGEST_FORMATS, { message: says('oneOf', 'values') })
  format?: DigestFormat;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'default: DEFAULT_LANG (zh-CN)' })
  @Optional()
  @IsIn(LANGUAGES, { message: says('oneOf', 'values') })
  lang?: Language;
}
