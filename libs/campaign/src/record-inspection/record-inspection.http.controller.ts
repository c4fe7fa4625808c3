import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { idForRequest, ApiRetryHeaders, CommandRequest } from '@hazard/hazards-http';
import { ApiProblems } from '@hazard/http';
import { RecordedInspectionResponseDto } from '../shared/campaign.response.dto';
import { InspectionCommands } from '../commands/inspection-commands.service';
import { CampaignReadModel } from '../read-model/campaign-read-model.service';
import { RecordInspectionRequestDto } from './record-inspection.request.dto';

export interface RecordedInspectionAnswer {
  id: string;
  zeroHazard: boolean;
  /** The general hazard each finding became, in order: `GET /api/hazards/general/<id>`. */
  hazardIds: string[];
}

@ApiTags('inspections')
@ApiBearerAuth()
@Controller('api/inspections')
export class RecordInspectionHttpController {
  constructor(
    private readonly inspections: InspectionCommands,
    private readonly readModel: CampaignReadModel,
  ) {}

  @Post()
  @ApiOperation({
    summary:
      '记录检查（企业自查、监督检查、现场指导）及其发现的隐患；无发现即零隐患报告 / record an inspection',
  })
  @ApiRetryHeaders()
  @ApiCreatedResponse({ type: RecordedInspectionResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 422, 429)
  async record(
    @Body() body: RecordInspectionRequestDto,
    @CommandRequest() request: CommandRequest,
  ): Promise<RecordedInspectionAnswer> {
    // The key names the inspection: a retry finds it recorded and answers the same.
    const inspectionId = idForRequest(request, 'inspection');
    const recorded = await this.inspections.record(
      { ...body, findings: body.findings.map((finding) => ({ ...finding })) },
      request.actor,
      { inspectionId, commandId: inspectionId, correlationId: request.correlationId },
    );
    await this.readModel.reached(recorded.position);
    request.response.setHeader('Location', `/api/inspections?unitId=${body.unitId}`);
    return { id: recorded.id, zeroHazard: recorded.zeroHazard, hazardIds: recorded.hazardIds };
  }
}
