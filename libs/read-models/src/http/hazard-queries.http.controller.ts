import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '@hazard/domain';
import { CurrentActor } from '@hazard/auth';
import { ApiProblems } from '@hazard/http';
import type { HazardCaseView } from '../projection/hazard-case.view';
import { CaseHistoryQuery } from '../queries/case-history.query';
import type { CaseHistoryPage } from '../queries/case-history.query';
import { HazardCaseQueries } from '../queries/hazard-cases.queries';
import type { HazardListPage } from '../queries/hazard-list.query';
import { CaseHistoryRequestDto, DEFAULT_HISTORY_LIMIT } from './case-history.request.dto';
import { ListHazardsRequestDto } from './list-hazards.request.dto';

const DEFAULT_PAGE_SIZE = 20;

@ApiTags('hazards')
@ApiBearerAuth()
@Controller('api/hazards')
export class HazardQueriesController {
  constructor(
    private readonly cases: HazardCaseQueries,
    private readonly histories: CaseHistoryQuery,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The hazard list (隐患问题清单), newest listing first, within your jurisdiction',
  })
  @ApiOkResponse({ description: '{ items, total, page, pageSize, nextCursor }' })
  @ApiProblems(401, 422)
  list(@Query() query: ListHazardsRequestDto, @CurrentActor() actor: Actor): HazardListPage {
    const { page, pageSize, cursor, ...filter } = query;
    return this.cases.list({
      actor,
      filter,
      paging: { page, pageSize: pageSize ?? DEFAULT_PAGE_SIZE, cursor },
    });
  }

  @Get(':id')
  @ApiOperation({
    summary: 'A case: state, listing, leader, plan, deadlines, overdue flag, escalation, version',
  })
  @ApiOkResponse({ description: 'The case; ETag carries its version for If-Match' })
  @ApiProblems(401, 403, 404)
  detail(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): HazardCaseView {
    const view = this.cases.detail(actor, id);
    response.setHeader('ETag', `"${view.version}"`);
    return view;
  }

  @Get(':id/events')
  @ApiOperation({
    summary: "The case's ordered history with each event's metadata, a page at a time",
  })
  @ApiOkResponse({
    description: '{ items: [{ id, type, revision, position, data, metadata }], nextCursor }',
  })
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
