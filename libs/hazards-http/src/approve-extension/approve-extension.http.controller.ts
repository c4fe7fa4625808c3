import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCaseCommand } from '../shared/api-case-command.decorator';
import { CaseCommandGateway } from '../shared/case-command.gateway';
import { CaseIdPipe } from '../shared/case-id.pipe';
import { CommandRequest } from '../shared/command-request.decorator';
import type { CommandResultResponseDto } from '../shared/command-result.response.dto';
import { ApproveExtensionRequestDto } from './approve-extension.request.dto';

@Controller('api/hazards')
export class ApproveExtensionHttpController {
  constructor(private readonly gateway: CaseCommandGateway) {}

  @Post(':id/approve-extension')
  @ApiCaseCommand('批准延期（安委会）/ approve the pending extension (committee)')
  approveExtension(
    @Param('id', CaseIdPipe) id: string,
    @Body() body: ApproveExtensionRequestDto,
    @CommandRequest() request: CommandRequest,
  ): Promise<CommandResultResponseDto> {
    const data = { deadline: body.deadline, reason: body.reason };
    return this.gateway.execute(id, { type: 'ApproveExtension', data }, request);
  }
}
