import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCaseCommand } from '../shared/api-case-command.decorator';
import { CaseCommandGateway } from '../shared/case-command.gateway';
import { CaseIdPipe } from '../shared/case-id.pipe';
import { CommandRequest } from '../shared/command-request.decorator';
import type { CommandResultResponseDto } from '../shared/command-result.response.dto';
import { ApprovePlanRequestDto } from './approve-plan.request.dto';

@Controller('api/hazards')
export class ApprovePlanHttpController {
  constructor(private readonly gateway: CaseCommandGateway) {}

  @Post(':id/approve-plan')
  @ApiCaseCommand('批准整改方案（安委会）/ approve the submitted plan (committee)')
  approvePlan(
    @Param('id', CaseIdPipe) id: string,
    // Validated only, to refuse unknown fields: the command carries no data.
    @Body() _body: ApprovePlanRequestDto,
    @CommandRequest() request: CommandRequest,
  ): Promise<CommandResultResponseDto> {
    return this.gateway.execute(id, { type: 'ApprovePlan', data: {} }, request);
  }
}
