import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { CASE_STATES, PRIORITIES } from '@hazard/workflows';
import type { Priority } from '@hazard/workflows';
import { Optional, QueryBoolean, QueryInt, says, TextField } from '@hazard/http';
import { DEFAULT_HAZARD_SORT, HAZARD_SORTS } from '../queries/hazard-list.query';
import type { HazardSort } from '../queries/hazard-list.query';

/** Dotted states, and each top-level state on its own (it matches its sub-states). */
const STATE_FILTERS = [
  ...new Set(CASE_STATES.filter((s) => s !== 'unlisted').flatMap((s) => [s.split('.')[0], s])),
];

/** The filters and the order of the hazard list, shared by the list and its export. */
export class HazardFilterRequestDto {
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

  @TextField({
    maxLength: 100,
    example: '住建局',
    description: 'Industry authority (行业主管部门) of the case',
    optional: true,
  })
  industryAuthority?: string;

  @ApiPropertyOptional({ enum: PRIORITIES, example: 'urgent' })
  @Optional()
  @IsIn(PRIORITIES, { message: says('oneOf', 'values') })
  priority?: Priority;

  @QueryBoolean('Cases whose deadline in force has passed (recorded as missed or not yet)')
  overdue?: boolean;

  @TextField({
    maxLength: 100,
    example: '4f1c…',
    description: 'User id of the assigned leader',
    optional: true,
  })
  leaderId?: string;

  @QueryInt({
    min: 1,
    max: 366,
    description: 'Not overdue, with the deadline in force within this many days from now',
  })
  dueWithinDays?: number;

  @TextField({
    maxLength: 100,
    example: '裂缝',
    description:
      'Text in the title, unit name or notice number (any length; case, spaces and ' +
      'punctuation do not matter)',
    optional: true,
  })
  q?: string;

  @ApiPropertyOptional({
    enum: HAZARD_SORTS,
    default: DEFAULT_HAZARD_SORT,
    description:
      'listedAt or deadline (the deadline in force; cases without one last), - for descending',
  })
  @Optional()
  @IsIn(HAZARD_SORTS, { message: says('oneOf', 'values') })
  sort?: HazardSort;
}
