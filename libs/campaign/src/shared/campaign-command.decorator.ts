import { applyDecorators, HttpCode } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ETAG_HEADER, ApiRetryHeaders } from '@hazard/hazards-http';
import { ApiProblems } from '@hazard/http';
import { CampaignCommandResultResponseDto } from './campaign.response.dto';

/** OpenAPI for a command on an existing general hazard: headers, `{id, state, version}`, problems. */
export const ApiGeneralHazardCommand = (summary: string) =>
  applyDecorators(
    HttpCode(200),
    ApiTags('general hazards'),
    ApiBearerAuth(),
    ApiOperation({ summary }),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: '上次看到的版本（ETag），如 "3"；已过期则 412 / last seen version',
    }),
    ApiRetryHeaders(),
    ApiOkResponse({ type: CampaignCommandResultResponseDto, headers: ETAG_HEADER }),
    ApiProblems(400, 401, 403, 404, 409, 412, 413, 415, 422, 429),
  );
