import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@hazard/domain';
import { CurrentActor } from '@hazard/auth';
import { ApiProblems } from '@hazard/http';
import { GeneralHazardPageResponseDto } from '../shared/campaign.response.dto';
import { GeneralHazardQueries } from '../queries/general-hazards.queries';
import type { GeneralHazardSummary } from '../queries/general-hazards.queries';
import type { Page } from '../queries/campaign-scope';
import { DEFAULT_PAGE_SIZE } from '../shared/cursor-paging.dto';
import { ListGeneralHazardsRequestDto } from './list-general-hazards.request.dto';

@ApiTags('general hazards')
@ApiBearerAuth()
@Controller('api/hazards/general')
export class ListGeneralHazardsHttpController {
  constructor(private readonly hazards: GeneralHazardQueries) {}

  @Get()
  @ApiOperation({ summary: '一般隐患（辖区内），最新发现在前，游标分页 / general hazards' })
  @ApiOkResponse({ type: GeneralHazardPageResponseDto })
  @ApiProblems(401, 422)
  list(
    @Query() query: ListGeneralHazardsRequestDto,
    @CurrentActor() actor: Actor,
  ): Page<GeneralHazardSummary> {
    const { pageSize, cursor, ...filter } = query;
    return this.hazards.list(actor, filter, { pageSize: pageSize ?? DEFAULT_PAGE_SIZE, cursor });
  }
}
