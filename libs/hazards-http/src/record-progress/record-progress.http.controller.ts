import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCaseCommand } from '../shared/api-case-command.decorator';
import { CaseCommandGateway } from '../shared/case-command.gateway';
import { CaseIdPipe } from '../shared/case-id.pipe';
import { CommandRequest } from '../shared/command-request.decorator';
import type { CommandResultResponseDto } from '../shared/command-result.response.dto';
import { RecordProgressRequestDto } from './record-progress.request.dto';

@Controller('api/hazards')
export class RecordProgressHttpController {
  constructor(private readonly gateway: CaseCommandGateway) {}

  @Post(':id/record-progress')
  @ApiCaseCommand('报告整改进展（挂牌领导）/ record progress (leader)')
  recordProgress(
    @Param('id', CaseIdPipe) id: string,
    @Body() body: RecordProgressRequestDto,
    @CommandRequest() request: CommandRequest,
  ): Promise<CommandResultResponseDto> {
    return this.gateway.execute(id, { type: 'RecordProgress', data: { note: body.note } }, request);
  }
}
