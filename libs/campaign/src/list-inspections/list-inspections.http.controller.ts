import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@hazard/domain';
import { CurrentActor } from '@hazard/auth';
import { ApiProblems } from '@hazard/http';
import { InspectionPageResponseDto } from '../shared/campaign.response.dto';
import { InspectionQueries } from '../queries/inspections.queries';
import type { InspectionView } from '../queries/inspections.queries';
import type { Page } from '../queries/campaign-scope';
import { DEFAULT_PAGE_SIZE } from '../shared/cursor-paging.dto';
import { ListInspectionsRequestDto } from './list-inspections.request.dto';

@ApiTags('inspections')
@ApiBearerAuth()
@Controller('api/inspections')
export class ListInspectionsHttpController {
  constructor(private readonly inspections: InspectionQueries) {}

  @Get()
  @ApiOperation({ summary: '检查记录（辖区内），最新在前 / inspections, newest first' })
  @ApiOkResponse({ type: InspectionPageResponseDto })
  @ApiProblems(401, 422)
  list(
    @Query() query: ListInspectionsRequestDto,
    @CurrentActor() actor: Actor,
  ): Page<InspectionView> {
    const { pageSize, cursor, ...filter } = query;
    return this.inspections.list(actor, filter, {
      pageSize: pageSize ?? DEFAULT_PAGE_SIZE,
      cursor,
    });
  }
}
