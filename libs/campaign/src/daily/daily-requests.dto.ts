import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { FIGURE_GROUPINGS } from '@hazard/domain';
import type { FigureGrouping } from '@hazard/domain';
import { Optional, says } from '@hazard/http';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class DailyFiguresRequestDto {
  @ApiPropertyOptional({ example: '2026-11-30', description: '日期 / the day (default: today)' })
  @Optional()
  @Matches(DAY, { message: says('calendarDay') })
  date?: string;

  @ApiPropertyOptional({ enum: FIGURE_GROUPINGS, description: '分组 / group by' })
  @Optional()
  @IsIn(FIGURE_GROUPINGS, { message: says('oneOf', 'values') })
  by?: FigureGrouping;
}

export class IssueDailyReportRequestDto {
  @ApiPropertyOptional({ example: '2026-11-30', description: '日期 / the day (default: today)' })
  @Optional()
  @Matches(DAY, { message: says('calendarDay') })
  date?: string;
}

export class DrawSpotChecksRequestDto {
  @ApiPropertyOptional({ example: '2026-11-30', description: '日期 / the day (default: today)' })
  @Optional()
  @Matches(DAY, { message: says('calendarDay') })
  date?: string;

  @ApiPropertyOptional({
    example: '5f0c…',
    description: '随机种子（默认随机生成并记录）/ the seed (default: a fresh one, recorded)',
  })
  @Optional()
  @Matches(/^[\w-]{1,64}$/, { message: says('seed') })
  seed?: string;
}

export class ListSpotChecksRequestDto {
  @ApiPropertyOptional({ example: '2026-11-30', description: '日期 / the day (default: today)' })
  @Optional()
  @Matches(DAY, { message: says('calendarDay') })
  date?: string;
}
