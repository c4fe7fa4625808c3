import { Body, Controller, HttpCode, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { answer, ApiRetryHeaders, CommandRequest } from '@hazard/hazards-http';
import { ApiProblems } from '@hazard/http';
import { CampaignCommandResultResponseDto } from '../shared/campaign.response.dto';
import { UnitCommands } from '../commands/unit-commands.service';
import { CampaignReadModel } from '../read-model/campaign-read-model.service';
import { UnitIdPipe } from '../shared/id.pipes';
import type { UnitCommandAnswer } from '../shared/unit-command-answer';
import { AmendUnitRequestDto } from './amend-unit.request.dto';

@ApiTags('units')
@ApiBearerAuth()
@Controller('api/units')
export class AmendUnitHttpController {
  constructor(
    private readonly units: UnitCommands,
    private readonly readModel: CampaignReadModel,
  ) {}

  @Patch(':id')
  @HttpCode(200)
  @ApiOperation({ summary: '修改单位信息（信用代码不可改）/ amend a unit (not its identity)' })
  @ApiRetryHeaders()
  @ApiOkResponse({
    type: CampaignCommandResultResponseDto,
    description: '{ id, state, version }; 409 when nothing changes',
  })
  @ApiProblems(400, 401, 403, 404, 409, 412, 413, 415, 422, 429)
  async amend(
    @Param('id', UnitIdPipe) id: string,
    @Body() body: AmendUnitRequestDto,
    @CommandRequest() request: CommandRequest,
  ): Promise<UnitCommandAnswer> {
    const changes = body.riskFlags ? { ...body, riskFlags: [...new Set(body.riskFlags)] } : body;
    const handled = await this.units.amend(id, { ...changes }, request.actor, {
      correlationId: request.correlationId,
      expectedVersion: request.expectedVersion,
    });
    await this.readModel.reached(handled.events.at(-1)!.position);
    return answer(request, { id, state: handled.state, version: handled.version });
  }
}
