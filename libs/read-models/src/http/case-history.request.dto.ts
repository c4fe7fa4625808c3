import { QueryInt } from '@hazard/http';

export const DEFAULT_HISTORY_LIMIT = 100;

export class CaseHistoryRequestDto {
  @QueryInt({
    min: 0,
    max: 999_999_999,
    description: "The previous page's nextCursor: the revision to continue after",
  })
  after?: number;

  @QueryInt({
    min: 1,
    max: 500,
    default: DEFAULT_HISTORY_LIMIT,
    description: 'Events per page',
  })
  limit?: number;
}
