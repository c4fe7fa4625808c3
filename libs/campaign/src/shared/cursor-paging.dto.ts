import { ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { Optional, QueryInt, says } from '@hazard/http';

export const DEFAULT_PAGE_SIZE = 20;

/** Cursor paging: the same cost at any depth. */
export class CursorPagingDto {
  @QueryInt({ min: 1, max: 500, default: DEFAULT_PAGE_SIZE, description: 'Items per page' })
  pageSize?: number;

  @ApiPropertyOptional({ description: "The previous page's nextCursor" })
  @Optional()
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: says('cursor') })
  cursor?: string;
}
