import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches } from 'class-validator';

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO-8601 date-time that names its offset, so that no server default zone creeps in. */
export const IsZonedDateTime = () =>
  applyDecorators(
    Matches(WITH_OFFSET, {
      message:
        '$property must be an ISO-8601 date-time with an offset, e.g. 2026-12-31T18:00:00+08:00',
    }),
    IsISO8601({ strict: true }, { message: '$property must be a valid calendar date-time' }),
  );
