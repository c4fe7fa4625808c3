import { applyDecorators, HttpCode } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@hazard/http';
import { CommandResultResponseDto } from './command-result.response.dto';

/** Idempotency-Key and X-Correlation-Id, which every command accepts. */
export const ApiRetryHeaders = () =>
  applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: '重试安全：同一用户同一键只执行一次 / retries with the same key run once',
    }),
    ApiHeader({
      name: 'X-Correlation-Id',
      required: false,
      description: '关联编号 / correlation id',
    }),
  );

export const ETAG_HEADER = {
  ETag: { description: '案件新版本 / the new version, e.g. "3"', schema: { type: 'string' } },
};

/** OpenAPI for a command on an existing case: headers, `{id, state, version}` and problems. */
export const ApiCaseCommand = (summary: string) =>
  applyDecorators(
    HttpCode(200),
    ApiTags('hazards'),
    ApiBearerAuth(),
    ApiOperation({ summary }),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: '上次看到的版本（ETag），如 "3"；已过期则 412 / last seen version',
    }),
    ApiRetryHeaders(),
    ApiOkResponse({ type: CommandResultResponseDto, headers: ETAG_HEADER }),
    ApiProblems(400, 401, 403, 404, 409, 412, 413, 415, 422, 429),
  );
