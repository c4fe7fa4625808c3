import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { addDays, hazardUnitOf, toZonedIso, zonedParts } from '@hazard/domain';
import { ApiRetryHeaders, CommandRequest, idForRequest } from '@hazard/hazards-http';
import { ApiProblems } from '@hazard/http';
import { CampaignCommandResultResponseDto } from '../shared/campaign.response.dto';
import { CampaignContext } from '../commands/campaign-context';
import { UnitCommands } from '../commands/unit-commands.service';
import { GeneralHazardGateway } from '../shared/general-hazard.gateway';
import type { GeneralHazardResult } from '../shared/general-hazard.gateway';
import { ReportHazardRequestDto } from './report-hazard.request.dto';

@ApiTags('general hazards')
@ApiBearerAuth()
@Controller('api/hazards/general')
export class ReportHazardHttpController {
  constructor(
    private readonly gateway: GeneralHazardGateway,
    private readonly units: UnitCommands,
    private readonly context: CampaignContext,
  ) {}

  @Post()
  @ApiOperation({
    summary: '登记群众举报的一般隐患（属地、行业部门）/ record a hazard reported by the public',
  })
  @ApiRetryHeaders()
  @ApiCreatedResponse({ type: CampaignCommandResultResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 422, 429)
  async report(
    @Body() body: ReportHazardRequestDto,
    @CommandRequest() request: CommandRequest,
  ): Promise<GeneralHazardResult> {
    const unit = await this.units.load(body.unitId);
    const hazardId = idForRequest(request, 'general-hazard');
    const now = this.context.now();
    const zone = this.context.timeZone;
    const { year, month, day } = zonedParts(now, zone);
    const days = this.context.policy.rectificationDays[body.grading];
    const result = await this.gateway.execute(
      hazardId,
      {
        type: 'ReportHazard',
        data: {
          hazard: {
            hazardId,
            unit: hazardUnitOf(unit),
            inspectionId: null,
            source: 'publicReport',
            description: body.description,
            grading: body.grading,
            foundOn: `${year}-${month}-${day}`,
            rectificationDeadline:
              body.rectificationDeadline ?? toZonedIso(addDays(now, days), zone),
          },
        },
      },
      request,
    );
    request.response.setHeader('Location', `/api/hazards/general/${hazardId}`);
    return result;
  }
}
