import { Body, Controller, Param, Post } from '@nestjs/common';
import { UserDirectory } from '@hazard/auth';
import { ApiCaseCommand } from '../shared/api-case-command.decorator';
import { CaseCommandGateway } from '../shared/case-command.gateway';
import { CaseIdPipe } from '../shared/case-id.pipe';
import { CommandRequest } from '../shared/command-request.decorator';
import type { CommandResultResponseDto } from '../shared/command-result.response.dto';
import { leaderOf } from '../shared/leader-of';
import { AssignLeaderRequestDto } from './assign-leader.request.dto';

@Controller('api/hazards')
export class AssignLeaderHttpController {
  constructor(
    private readonly gateway: CaseCommandGateway,
    private readonly users: UserDirectory,
  ) {}

  @Post(':id/assign-leader')
  @ApiCaseCommand('指定挂牌领导（一案一挂；安委会或指挥部）/ assign the leader (committee, hq)')
  async assignLeader(
    @Param('id', CaseIdPipe) id: string,
    @Body() body: AssignLeaderRequestDto,
    @CommandRequest() request: CommandRequest,
  ): Promise<CommandResultResponseDto> {
    const leader = await leaderOf(this.users, body.leaderId, body.leaderName);
    return this.gateway.execute(id, { type: 'AssignLeader', data: { leader } }, request);
  }
}
