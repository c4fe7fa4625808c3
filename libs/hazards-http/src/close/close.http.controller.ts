import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCaseCommand } from '../shared/api-case-command.decorator';
import { CaseCommandGateway } from '../shared/case-command.gateway';
import { CaseIdPipe } from '../shared/case-id.pipe';
import { CommandRequest } from '../shared/command-request.decorator';
import type { CommandResultResponseDto } from '../shared/command-result.response.dto';
import { CloseRequestDto } from './close.request.dto';

@Controller('api/hazards')
export class CloseHttpController {
  constructor(private readonly gateway: CaseCommandGateway) {}

  @Post(':id/close')
  @ApiCaseCommand('验收通过，销号摘牌（安委会）/ acceptance passed, close the case (committee)')
  close(
    @Param('id', CaseIdPipe) id: string,
    @Body() body: CloseRequestDto,
    @CommandRequest() request: CommandRequest,
  ): Promise<CommandResultResponseDto> {
    return this.gateway.execute(id, { type: 'CloseCase', data: { note: body.note } }, request);
  }
}
