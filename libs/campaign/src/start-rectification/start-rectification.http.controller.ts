import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandRequest } from '@hazard/hazards-http';
import { ApiGeneralHazardCommand } from '../shared/campaign-command.decorator';
import { GeneralHazardGateway } from '../shared/general-hazard.gateway';
import type { GeneralHazardResult } from '../shared/general-hazard.gateway';
import { GeneralHazardIdPipe } from '../shared/id.pipes';
import { StartRectificationRequestDto } from './start-rectification.request.dto';

@Controller('api/hazards/general')
export class StartRectificationHttpController {
  constructor(private readonly gateway: GeneralHazardGateway) {}

  @Post(':id/start-rectification')
  @ApiGeneralHazardCommand(
    '开始整改：落实责任人和整改措施（单位或属地、行业部门）/ start rectification (the unit or its supervisors)',
  )
  run(
    @Param('id', GeneralHazardIdPipe) id: string,
    @Body() body: StartRectificationRequestDto,
    @CommandRequest() request: CommandRequest,
  ): Promise<GeneralHazardResult> {
    return this.gateway.execute(
      id,
      {
        type: 'StartRectification',
        data: { responsiblePerson: body.responsiblePerson, measures: body.measures },
      },
      request,
    );
  }
}
