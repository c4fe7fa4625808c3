import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandRequest } from '@hazard/hazards-http';
import { ApiGeneralHazardCommand } from '../shared/campaign-command.decorator';
import { GeneralHazardGateway } from '../shared/general-hazard.gateway';
import type { GeneralHazardResult } from '../shared/general-hazard.gateway';
import { GeneralHazardIdPipe } from '../shared/id.pipes';
import { VerifyGeneralHazardRequestDto } from './verify-general-hazard.request.dto';

@Controller('api/hazards/general')
export class VerifyGeneralHazardHttpController {
  constructor(private readonly gateway: GeneralHazardGateway) {}

  @Post(':id/verify')
  @ApiGeneralHazardCommand(
    '验收销号（属地、行业部门，单位不能自行销号）/ verify and close (the supervisors; never the unit)',
  )
  run(
    @Param('id', GeneralHazardIdPipe) id: string,
    @Body() body: VerifyGeneralHazardRequestDto,
    @CommandRequest() request: CommandRequest,
  ): Promise<GeneralHazardResult> {
    return this.gateway.execute(
      id,
      { type: 'VerifyRectification', data: { note: body.note } },
      request,
    );
  }
}
