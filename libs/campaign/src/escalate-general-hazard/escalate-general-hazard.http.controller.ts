import { Body, Controller, Param, Post } from '@nestjs/common';
import { answer, CommandRequest } from '@hazard/hazards-http';
import { ApiGeneralHazardCommand } from '../shared/campaign-command.decorator';
import { EscalationService } from '../commands/escalation.service';
import { CampaignReadModel } from '../read-model/campaign-read-model.service';
import { GeneralHazardIdPipe } from '../shared/id.pipes';
import { EscalateGeneralHazardRequestDto } from './escalate-general-hazard.request.dto';

export interface EscalationAnswer {
  id: string;
  state: string;
  version: number;
  /** The major case it was listed as: `GET /api/hazards/<caseId>`. */
  caseId: string;
}

@Controller('api/hazards/general')
export class EscalateGeneralHazardHttpController {
  constructor(
    private readonly escalations: EscalationService,
    private readonly readModel: CampaignReadModel,
  ) {}

  @Post(':id/escalate')
  @ApiGeneralHazardCommand(
    '判定为重大隐患：挂牌督办为重大隐患案件，一般隐患以“已判定为重大隐患”关闭（安委会）/ escalate to a major case (committee)',
  )
  async escalate(
    @Param('id', GeneralHazardIdPipe) id: string,
    @Body() body: EscalateGeneralHazardRequestDto,
    @CommandRequest() request: CommandRequest,
  ): Promise<EscalationAnswer> {
    const { hazard, caseId } = await this.escalations.escalate(
      id,
      { ...body, criterion: { ...body.criterion } },
      request.actor,
      { correlationId: request.correlationId, expectedVersion: request.expectedVersion },
    );
    const last = hazard.events.at(-1);
    if (last) await this.readModel.reached(last.position);
    return answer(request, { id, state: hazard.state, version: hazard.version, caseId });
  }
}
