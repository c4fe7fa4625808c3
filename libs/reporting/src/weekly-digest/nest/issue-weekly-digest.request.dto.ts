import { ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { Optional, says } from '@hazard/http';

const WEEK_FORMAT = /^\d{4}-W\d{2}$/;

export class IssueWeeklyDigestRequestDto {
  @ApiPropertyOptional({
    example: '2026-W48',
    description:
      'ISO week (Monday–Sunday, in TIME_ZONE), from the week of the first recorded event to the ' +
      'last completed week; default: the last completed week',
  })
  @Optional()
  @Matches(WEEK_FORMAT, { message: says('isoWeek') })
  week?: string;
}
