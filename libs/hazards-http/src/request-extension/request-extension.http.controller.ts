import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCaseCommand } from '../shared/api-case-command.decorator';
import { CaseCommandGateway } from '../shared/case-command.gateway';
import { CaseIdPipe } from '../shared/case-id.pipe';
import { CommandRequest } from '../shared/command-request.decorator';
import type { CommandResultResponseDto } from '../shared/command-result.response.dto';
import { RequestExtensionRequestDto } from './request-extension.request.dto';

@Controller('api/hazards')
export class RequestExtensionHttpController {
  constructor(private readonly gateway: CaseCommandGateway) {}

  @Post(':id/request-extension')
  @ApiCaseCommand('申请延期（挂牌领导）/ request a deadline extension (leader)')
  requestExtension(
    @Param('id', CaseIdPipe) id: string,
    @Body() body: RequestExtensionRequestDto,
    @CommandRequest() request: CommandRequest,
  ): Promise<CommandResultResponseDto> {
    const data = { deadline: body.deadline, reason: body.reason };
    return this.gateway.execute(id, { type: 'RequestExtension', data }, request);
  }
}
