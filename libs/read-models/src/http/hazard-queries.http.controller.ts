import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '@hazard/domain';
import { CurrentActor } from '@hazard/auth';
import { ApiProblems } from '@hazard/http';
import { CaseDetailQuery } from '../queries/case-detail.query';
import type { HazardCaseDetail } from '../queries/case-detail.query';
import { CaseHistoryQuery } from '../queries/case-history.query';
import type { CaseHistoryPage } from '../queries/case-history.query';
import { HazardCaseQueries } from '../queries/hazard-cases.queries';
import type { HazardListPage } from '../queries/hazard-list.query';
import { CaseHistoryResponseDto } from './case-history.response.dto';
import { CaseHistoryRequestDto, DEFAULT_HISTORY_LIMIT } from './case-history.request.dto';
import { HazardCaseResponseDto } from './hazard-case.response.dto';
import { HazardListResponseDto } from './hazard-list.response.dto';
import { ListHazardsRequestDto } from './list-hazards.request.dto';

const DEFAULT_PAGE_SIZE = 20;

@ApiTags('hazards')
@ApiBearerAuth()
@Controller('api/hazards')
export class HazardQueriesController {
  constructor(
    private readonly cases: HazardCaseQueries,
    private readonly details: CaseDetailQuery,
    private readonly histories: CaseHistoryQuery,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'The hazard list (隐患问题清单) within your jurisdiction: filters, search, sort (newest ' +
      'listing first by default), paged by number or cursor',
  })
  @ApiOkResponse({ type: HazardListResponseDto })
  @ApiProblems(401, 422)
  list(@Query() query: ListHazardsRequestDto, @CurrentActor() actor: Actor): HazardListPage {
    const { page, pageSize, cursor, sort, ...filter } = query;
    return this.cases.list({
      actor,
      filter,
      sort,
      paging: { page, pageSize: pageSize ?? DEFAULT_PAGE_SIZE, cursor },
    });
  }

  @Get(':id')
  @ApiOperation({
    summary:
      'A case: state, listing, leader, plan, deadlines, overdue flag, escalation, version, ' +
      'and the actions you may take now',
  })
  @ApiOkResponse({ type: HazardCaseResponseDto, description: 'ETag carries its version' })
  @ApiProblems(401, 403, 404)
  detail(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): HazardCaseDetail {
    const detail = this.details.detail(actor, id);
    response.setHeader('ETag', `"${detail.version}"`);
    return detail;
  }

  @Get(':id/events')
  @ApiOperation({
    summary: "The case's ordered history with each event's metadata, a page at a time",
  })
  @ApiOkResponse({ type: CaseHistoryResponseDto })
  @ApiProblems(401, 403, 404, 422)
  events(
    @Param('id') id: string,
    @Query() query: CaseHistoryRequestDto,
    @CurrentActor() actor: Actor,
  ): Promise<CaseHistoryPage> {
    return this.histories.history(actor, id, {
      after: query.after,
      limit: query.limit ?? DEFAULT_HISTORY_LIMIT,
    });
  }
}
