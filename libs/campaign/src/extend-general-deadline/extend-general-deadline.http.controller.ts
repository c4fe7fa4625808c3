import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandRequest } from '@hazard/hazards-http';
import { ApiGeneralHazardCommand } from '../shared/campaign-command.decorator';
import { GeneralHazardGateway } from '../shared/general-hazard.gateway';
import type { GeneralHazardResult } from '../shared/general-hazard.gateway';
import { GeneralHazardIdPipe } from '../shared/id.pipes';
import { ExtendGeneralDeadlineRequestDto } from './extend-general-deadline.request.dto';

@Controller('api/hazards/general')
export class ExtendGeneralDeadlineHttpController {
  constructor(private readonly gateway: GeneralHazardGateway) {}

  @Post(':id/extend-deadline')
  @ApiGeneralHazardCommand(
    '延长整改期限（属地、行业部门）/ extend the rectification deadline (the supervisors)',
  )
  run(
    @Param('id', GeneralHazardIdPipe) id: string,
    @Body() body: ExtendGeneralDeadlineRequestDto,
    @CommandRequest() request: CommandRequest,
  ): Promise<GeneralHazardResult> {
    return this.gateway.execute(
      id,
      { type: 'ExtendDeadline', data: { deadline: body.deadline, reason: body.reason } },
      request,
    );
  }
}
