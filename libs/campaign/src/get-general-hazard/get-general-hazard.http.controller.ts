import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { allowedGeneralHazardCommands, GENERAL_HAZARD_COMMAND_WORDS } from '@hazard/domain';
import type { Actor } from '@hazard/domain';
import { CurrentActor } from '@hazard/auth';
import { ApiProblems } from '@hazard/http';
import { GeneralHazardResponseDto } from '../shared/campaign.response.dto';
import { CampaignContext } from '../commands/campaign-context';
import { GeneralHazardQueries } from '../queries/general-hazards.queries';
import type { GeneralHazardView } from '../queries/general-hazards.queries';
import { GeneralHazardIdPipe } from '../shared/id.pipes';

/** The hazard, and the command routes this user may send to it now (asked of its decider). */
export interface GeneralHazardDetail extends GeneralHazardView {
  allowedActions: string[];
}

@ApiTags('general hazards')
@ApiBearerAuth()
@Controller('api/hazards/general')
export class GetGeneralHazardHttpController {
  constructor(
    private readonly hazards: GeneralHazardQueries,
    private readonly context: CampaignContext,
  ) {}

  @Get(':id')
  @ApiOperation({
    summary: '一般隐患详情：状态、期限、是否逾期、整改与验收、可办操作 / a general hazard',
  })
  @ApiOkResponse({
    type: GeneralHazardResponseDto,
    description:
      'The hazard, with allowedActions (the command routes this user may send now); ETag carries its version for If-Match',
  })
  @ApiProblems(401, 403, 404)
  detail(
    @Param('id', GeneralHazardIdPipe) id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): GeneralHazardDetail {
    const { view, snapshot, asOf } = this.hazards.hazardAt(actor, id);
    response.setHeader('ETag', `"${view.version}"`);
    const allowed = allowedGeneralHazardCommands(snapshot, {
      actor,
      now: asOf,
      timeZone: this.context.timeZone,
      policy: this.context.policy,
    });
    return {
      ...view,
      allowedActions: allowed.flatMap((c) => GENERAL_HAZARD_COMMAND_WORDS[c].route ?? []),
    };
  }
}
