import { Body, Controller, Param, Post } from '@nestjs/common';
import { UserDirectory } from '@hazard/auth';
import { ApiCaseCommand } from '../shared/api-case-command.decorator';
import { CaseCommandGateway } from '../shared/case-command.gateway';
import { CaseIdPipe } from '../shared/case-id.pipe';
import { CommandRequest } from '../shared/command-request.decorator';
import type { CommandResultResponseDto } from '../shared/command-result.response.dto';
import { leaderOf } from '../shared/leader-of';
import { ReassignLeaderRequestDto } from './reassign-leader.request.dto';

@Controller('api/hazards')
export class ReassignLeaderHttpController {
  constructor(
    private readonly gateway: CaseCommandGateway,
    private readonly users: UserDirectory,
  ) {}

  @Post(':id/reassign-leader')
  @ApiCaseCommand('更换挂牌领导（安委会或指挥部）/ reassign the leader (committee, hq)')
  async reassignLeader(
    @Param('id', CaseIdPipe) id: string,
    @Body() body: ReassignLeaderRequestDto,
    @CommandRequest() request: CommandRequest,
  ): Promise<CommandResultResponseDto> {
    const leader = await leaderOf(this.users, body.leaderId, body.leaderName);
    return this.gateway.execute(
      id,
      { type: 'ReassignLeader', data: { leader, reason: body.reason } },
      request,
    );
  }
}
