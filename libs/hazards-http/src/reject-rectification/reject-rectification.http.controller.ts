import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCaseCommand } from '../shared/api-case-command.decorator';
import { CaseCommandGateway } from '../shared/case-command.gateway';
import { CaseIdPipe } from '../shared/case-id.pipe';
import { CommandRequest } from '../shared/command-request.decorator';
import type { CommandResultResponseDto } from '../shared/command-result.response.dto';
import { RejectRectificationRequestDto } from './reject-rectification.request.dto';

@Controller('api/hazards')
export class RejectRectificationHttpController {
  constructor(private readonly gateway: CaseCommandGateway) {}

  @Post(':id/reject-rectification')
  @ApiCaseCommand('退回整改（安委会验收不通过）/ reject the fix (committee)')
  rejectRectification(
    @Param('id', CaseIdPipe) id: string,
    @Body() body: RejectRectificationRequestDto,
    @CommandRequest() request: CommandRequest,
  ): Promise<CommandResultResponseDto> {
    return this.gateway.execute(
      id,
      { type: 'RejectRectification', data: { reason: body.reason } },
      request,
    );
  }
}
