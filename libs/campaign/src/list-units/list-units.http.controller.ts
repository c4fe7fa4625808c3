import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@hazard/domain';
import { CurrentActor } from '@hazard/auth';
import { ApiProblems } from '@hazard/http';
import { UnitPageResponseDto } from '../shared/campaign.response.dto';
import { UnitQueries } from '../queries/units.queries';
import type { UnitView } from '../queries/units.queries';
import type { Page } from '../queries/campaign-scope';
import { DEFAULT_PAGE_SIZE } from '../shared/cursor-paging.dto';
import { ListUnitsRequestDto } from './list-units.request.dto';

@ApiTags('units')
@ApiBearerAuth()
@Controller('api/units')
export class ListUnitsHttpController {
  constructor(private readonly units: UnitQueries) {}

  @Get()
  @ApiOperation({ summary: '生产经营单位名录（辖区内），最新登记在前 / the unit register' })
  @ApiOkResponse({ type: UnitPageResponseDto })
  @ApiProblems(401, 422)
  list(
    @Query() query: ListUnitsRequestDto,
    @CurrentActor() actor: Actor,
  ): Page<UnitView> & { total: number } {
    const { pageSize, cursor, ...filter } = query;
    return this.units.list(actor, filter, { pageSize: pageSize ?? DEFAULT_PAGE_SIZE, cursor });
  }
}
