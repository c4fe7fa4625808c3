import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { answer, ApiRetryHeaders, CommandRequest } from '@hazard/hazards-http';
import { ApiProblems } from '@hazard/http';
import { CampaignCommandResultResponseDto } from '../shared/campaign.response.dto';
import { UnitCommands } from '../commands/unit-commands.service';
import { CampaignReadModel } from '../read-model/campaign-read-model.service';
import { UnitIdPipe } from '../shared/id.pipes';
import type { UnitCommandAnswer } from '../shared/unit-command-answer';
import { CloseUnitRequestDto } from './close-unit.request.dto';

@ApiTags('units')
@ApiBearerAuth()
@Controller('api/units')
export class CloseUnitHttpController {
  constructor(
    private readonly units: UnitCommands,
    private readonly readModel: CampaignReadModel,
  ) {}

  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({ summary: '注销单位：不再记录其检查 / close a unit: no more inspections' })
  @ApiRetryHeaders()
  @ApiOkResponse({ type: CampaignCommandResultResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 412, 413, 415, 422, 429)
  async close(
    @Param('id', UnitIdPipe) id: string,
    @Body() body: CloseUnitRequestDto,
    @CommandRequest() request: CommandRequest,
  ): Promise<UnitCommandAnswer> {
    const handled = await this.units.close(id, body.reason, request.actor, {
      correlationId: request.correlationId,
      expectedVersion: request.expectedVersion,
    });
    await this.readModel.reached(handled.events.at(-1)!.position);
    return answer(request, { id, state: handled.state, version: handled.version });
  }
}
