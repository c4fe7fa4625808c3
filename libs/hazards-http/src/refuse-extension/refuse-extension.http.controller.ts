import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCaseCommand } from '../shared/api-case-command.decorator';
import { CaseCommandGateway } from '../shared/case-command.gateway';
import { CaseIdPipe } from '../shared/case-id.pipe';
import { CommandRequest } from '../shared/command-request.decorator';
import type { CommandResultResponseDto } from '../shared/command-result.response.dto';
import { RefuseExtensionRequestDto } from './refuse-extension.request.dto';

@Controller('api/hazards')
export class RefuseExtensionHttpController {
  constructor(private readonly gateway: CaseCommandGateway) {}

  @Post(':id/refuse-extension')
  @ApiCaseCommand('不予延期（安委会）/ refuse the pending extension (committee)')
  refuseExtension(
    @Param('id', CaseIdPipe) id: string,
    @Body() body: RefuseExtensionRequestDto,
    @CommandRequest() request: CommandRequest,
  ): Promise<CommandResultResponseDto> {
    return this.gateway.execute(
      id,
      { type: 'RefuseExtension', data: { reason: body.reason } },
      request,
    );
  }
}
