import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Optional, says } from '@hazard/http';
import { DIGEST_LANGS } from '../render/digest-labels';
import type { DigestLang } from '../render/digest-labels';
import { DIGEST_FORMATS } from '../render/render-digest';
import type { DigestFormat } from '../render/render-digest';

export class ReadWeeklyDigestRequestDto {
  @ApiPropertyOptional({ enum: DIGEST_FORMATS, default: 'json', description: 'json, md or html' })
  @Optional()
  @IsIn(DIGEST_FORMATS, { message: says('oneOf', 'values') })
  format?: DigestFormat;

  @ApiPropertyOptional({ enum: DIGEST_LANGS, description: 'default: DEFAULT_LANG (zh-CN)' })
  @Optional()
  @IsIn(DIGEST_LANGS, { message: says('oneOf', 'values') })
  lang?: DigestLang;
}
