import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandRequest } from '@hazard/hazards-http';
import { ApiGeneralHazardCommand } from '../shared/campaign-command.decorator';
import { GeneralHazardGateway } from '../shared/general-hazard.gateway';
import type { GeneralHazardResult } from '../shared/general-hazard.gateway';
import { GeneralHazardIdPipe } from '../shared/id.pipes';
import { RejectGeneralRectificationRequestDto } from './reject-general-rectification.request.dto';

@Controller('api/hazards/general')
export class RejectGeneralRectificationHttpController {
  constructor(private readonly gateway: GeneralHazardGateway) {}

  @Post(':id/reject-rectification')
  @ApiGeneralHazardCommand('退回整改（属地、行业部门）/ reject the fix (the supervisors)')
  run(
    @Param('id', GeneralHazardIdPipe) id: string,
    @Body() body: RejectGeneralRectificationRequestDto,
    @CommandRequest() request: CommandRequest,
  ): Promise<GeneralHazardResult> {
    return this.gateway.execute(
      id,
      { type: 'RejectRectification', data: { reason: body.reason } },
      request,
    );
  }
}
