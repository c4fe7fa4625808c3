import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DIGEST_LANGS } from '../render/digest-labels';
import type { DigestLang } from '../render/digest-labels';
import { DIGEST_FORMATS } from '../render/render-digest';
import type { DigestFormat } from '../render/render-digest';

export class ReadWeeklyDigestRequestDto {
  @ApiPropertyOptional({ enum: DIGEST_FORMATS, default: 'json', description: 'json, md or html' })
  @IsOptional()
  @IsIn(DIGEST_FORMATS)
  format?: DigestFormat;

  @ApiPropertyOptional({ enum: DIGEST_LANGS, description: 'default: DEFAULT_LANG (zh-CN)' })
  @IsOptional()
  @IsIn(DIGEST_LANGS)
  lang?: DigestLang;
}
