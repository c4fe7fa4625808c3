import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCaseCommand } from '../shared/api-case-command.decorator';
import { CaseCommandGateway } from '../shared/case-command.gateway';
import { CaseIdPipe } from '../shared/case-id.pipe';
import { CommandRequest } from '../shared/command-request.decorator';
import type { CommandResultResponseDto } from '../shared/command-result.response.dto';
import { ReportRectifiedRequestDto } from './report-rectified.request.dto';

@Controller('api/hazards')
export class ReportRectifiedHttpController {
  constructor(private readonly gateway: CaseCommandGateway) {}

  @Post(':id/report-rectified')
  @ApiCaseCommand('报告整改完成（挂牌领导）/ report the fix done (leader)')
  reportRectified(
    @Param('id', CaseIdPipe) id: string,
    @Body() body: ReportRectifiedRequestDto,
    @CommandRequest() request: CommandRequest,
  ): Promise<CommandResultResponseDto> {
    return this.gateway.execute(
      id,
      { type: 'ReportRectified', data: { summary: body.summary } },
      request,
    );
  }
}
