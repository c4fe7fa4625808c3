import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCaseCommand } from '../shared/api-case-command.decorator';
import { CaseCommandGateway } from '../shared/case-command.gateway';
import { CaseIdPipe } from '../shared/case-id.pipe';
import { CommandRequest } from '../shared/command-request.decorator';
import type { CommandResultResponseDto } from '../shared/command-result.response.dto';
import { ConfirmControlsRequestDto } from './confirm-controls.request.dto';

@Controller('api/hazards')
export class ConfirmControlsHttpController {
  constructor(private readonly gateway: CaseCommandGateway) {}

  @Post(':id/confirm-controls')
  @ApiCaseCommand('确认管控措施已落实（挂牌领导）/ confirm interim control measures (leader)')
  confirmControls(
    @Param('id', CaseIdPipe) id: string,
    @Body() body: ConfirmControlsRequestDto,
    @CommandRequest() request: CommandRequest,
  ): Promise<CommandResultResponseDto> {
    return this.gateway.execute(
      id,
      { type: 'ConfirmControls', data: { note: body.note } },
      request,
    );
  }
}
