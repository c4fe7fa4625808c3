import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '@hazard/domain';
import { CurrentActor } from '@hazard/auth';
import { ApiProblems } from '@hazard/http';
import { GeneralHazardResponseDto } from '../shared/campaign.response.dto';
import { GeneralHazardQueries } from '../queries/general-hazards.queries';
import type { GeneralHazardView } from '../queries/general-hazards.queries';
import { GeneralHazardIdPipe } from '../shared/id.pipes';

@ApiTags('general hazards')
@ApiBearerAuth()
@Controller('api/hazards/general')
export class GetGeneralHazardHttpController {
  constructor(private readonly hazards: GeneralHazardQueries) {}

  @Get(':id')
  @ApiOperation({
    summary: '一般隐患详情：状态、期限、是否逾期、整改与验收 / a general hazard',
  })
  @ApiOkResponse({
    type: GeneralHazardResponseDto,
    description: 'The hazard; ETag carries its version for If-Match',
  })
  @ApiProblems(401, 403, 404)
  detail(
    @Param('id', GeneralHazardIdPipe) id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): GeneralHazardView {
    const view = this.hazards.detail(actor, id);
    response.setHeader('ETag', `"${view.version}"`);
    return view;
  }
}
