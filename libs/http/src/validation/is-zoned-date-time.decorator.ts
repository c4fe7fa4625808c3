import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches } from 'class-validator';
import { says } from './field-rules';

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO-8601 date-time that names its offset, so that no server default zone creeps in. */
export const IsZonedDateTime = () =>
  applyDecorators(
    Matches(WITH_OFFSET, { message: says('zonedDateTime') }),
    IsISO8601({ strict: true }, { message: says('calendarDate') }),
  );
