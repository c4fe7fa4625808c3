import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCaseCommand } from '../shared/api-case-command.decorator';
import { CaseCommandGateway } from '../shared/case-command.gateway';
import { CaseIdPipe } from '../shared/case-id.pipe';
import { CommandRequest } from '../shared/command-request.decorator';
import type { CommandResultResponseDto } from '../shared/command-result.response.dto';
import { RejectPlanRequestDto } from './reject-plan.request.dto';

@Controller('api/hazards')
export class RejectPlanHttpController {
  constructor(private readonly gateway: CaseCommandGateway) {}

  @Post(':id/reject-plan')
  @ApiCaseCommand('退回整改方案（安委会）/ reject the submitted plan (committee)')
  rejectPlan(
    @Param('id', CaseIdPipe) id: string,
    @Body() body: RejectPlanRequestDto,
    @CommandRequest() request: CommandRequest,
  ): Promise<CommandResultResponseDto> {
    return this.gateway.execute(id, { type: 'RejectPlan', data: { reason: body.reason } }, request);
  }
}
