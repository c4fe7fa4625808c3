import { ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { Optional, QueryInt, says } from '@hazard/http';
import { HazardFilterRequestDto } from './hazard-filter.request.dto';

export class ListHazardsRequestDto extends HazardFilterRequestDto {
  @QueryInt({ min: 1, max: 10000, default: 1, description: 'Page number (with total)' })
  page?: number;

  @QueryInt({ min: 1, max: 100, default: 20, description: 'Cases per page' })
  pageSize?: number;

  @ApiPropertyOptional({
    description:
      "The previous page's nextCursor, for the same sort; fast at any depth (instead of page)",
  })
  @Optional()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: says('cursor') })
  cursor?: string;
}
