import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandRequest } from '@hazard/hazards-http';
import { ApiGeneralHazardCommand } from '../shared/campaign-command.decorator';
import { GeneralHazardGateway } from '../shared/general-hazard.gateway';
import type { GeneralHazardResult } from '../shared/general-hazard.gateway';
import { GeneralHazardIdPipe } from '../shared/id.pipes';
import { ReportGeneralRectifiedRequestDto } from './report-general-rectified.request.dto';

@Controller('api/hazards/general')
export class ReportGeneralRectifiedHttpController {
  constructor(private readonly gateway: GeneralHazardGateway) {}

  @Post(':id/report-rectified')
  @ApiGeneralHazardCommand(
    '报告整改完成（单位或属地、行业部门）/ report the fix (the unit or its supervisors)',
  )
  run(
    @Param('id', GeneralHazardIdPipe) id: string,
    @Body() body: ReportGeneralRectifiedRequestDto,
    @CommandRequest() request: CommandRequest,
  ): Promise<GeneralHazardResult> {
    return this.gateway.execute(
      id,
      { type: 'ReportRectified', data: { summary: body.summary } },
      request,
    );
  }
}
