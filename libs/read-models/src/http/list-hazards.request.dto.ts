import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { CASE_STATES, PRIORITIES } from '@hazard/workflows';
import type { Priority } from '@hazard/workflows';
import { Optional, QueryBoolean, QueryInt, says, TextField } from '@hazard/http';

/** Dotted states, and each top-level state on its own (it matches its sub-states). */
export const STATE_FILTERS = [
  ...new Set(CASE_STATES.filter((s) => s !== 'unlisted').flatMap((s) => [s.split('.')[0], s])),
];

export class ListHazardsRequestDto {
  @ApiPropertyOptional({
    enum: STATE_FILTERS,
    example: 'leaderAssigned',
    description: 'A state; a top-level one (leaderAssigned) includes its sub-states',
  })
  @Optional()
  @IsIn(STATE_FILTERS, { message: says('oneOf', 'values') })
  state?: string;

  @TextField({
    maxLength: 100,
    example: '水头镇',
    description: 'Town (乡镇/街道) of the case',
    optional: true,
  })
  town?: string;

  @ApiPropertyOptional({ enum: PRIORITIES, example: 'urgent' })
  @Optional()
  @IsIn(PRIORITIES, { message: says('oneOf', 'values') })
  priority?: Priority;

  @QueryBoolean('Cases whose deadline in force was missed')
  overdue?: boolean;

  @TextField({
    maxLength: 100,
    example: '4f1c…',
    description: 'User id of the assigned leader',
    optional: true,
  })
  leaderId?: string;

  @QueryInt({ min: 1, max: 10000, default: 1, description: 'Page number (with total)' })
  page?: number;

  @QueryInt({ min: 1, max: 100, default: 20, description: 'Cases per page' })
  pageSize?: number;

  @ApiPropertyOptional({
    description: "The previous page's nextCursor; fast at any depth (instead of page)",
  })
  @Optional()
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: says('cursor') })
  cursor?: string;
}
