import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export const WEEK_FORMAT = /^\d{4}-W\d{2}$/;

export class IssueWeeklyDigestRequestDto {
  @ApiPropertyOptional({
    example: '2026-W48',
    description: 'ISO week (Monday–Sunday, in TIME_ZONE); default: the last completed week',
  })
  @IsOptional()
  @Matches(WEEK_FORMAT, { message: 'week must be an ISO week such as 2026-W48' })
  week?: string;
}
