import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CASE_STATES, PRIORITIES } from '@hazard/workflows';
import type { Priority } from '@hazard/workflows';

/** Dotted states, and each top-level state on its own (it matches its sub-states). */
export const STATE_FILTERS = [
  ...new Set(CASE_STATES.filter((s) => s !== 'unlisted').flatMap((s) => [s.split('.')[0], s])),
];

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value;
/** Only the words `true` and `false`: anything else stays a string and fails @IsBoolean. */
const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ListHazardsRequestDto {
  @ApiPropertyOptional({
    enum: STATE_FILTERS,
    example: 'leaderAssigned',
    description: 'A state; a top-level one (leaderAssigned) includes its sub-states',
  })
  @IsOptional()
  @IsIn(STATE_FILTERS)
  state?: string;

  @ApiPropertyOptional({ example: '水头镇', description: 'Town (乡镇/街道) of the case' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  town?: string;

  @ApiPropertyOptional({ enum: PRIORITIES, example: 'urgent' })
  @IsOptional()
  @IsIn(PRIORITIES)
  priority?: Priority;

  @ApiPropertyOptional({
    type: Boolean,
    example: true,
    description: 'Cases whose deadline in force was missed',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ example: '4f1c…', description: 'User id of the assigned leader' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  leaderId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 10000, default: 1 })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;

  @ApiPropertyOptional({
    description: "The previous page's nextCursor; fast at any depth (instead of page)",
  })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'cursor must be a nextCursor value' })
  cursor?: string;
}
