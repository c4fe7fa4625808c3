import { Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@hazard/domain';
import { ApiProblems } from '@hazard/http';
import { CurrentActor, Roles } from '../auth.decorators';
import { asAdmin } from '../shared/identity-actors';
import { UserIdPipe } from '../shared/user-id.pipe';
import { UsersService } from '../users/users.service';
import { IssueApiTokenResponseDto } from './issue-api-token.response.dto';

@ApiTags('users')
@Controller('api/users')
export class IssueApiTokenHttpController {
  constructor(private readonly users: UsersService) {}

  @Post(':id/tokens')
  @Roles('admin')
  @ApiOperation({
    summary: '为用户签发新的 API 令牌（原有令牌仍有效）/ issue a further API token',
  })
  @ApiCreatedResponse({ type: IssueApiTokenResponseDto })
  @ApiProblems(401, 403, 404)
  async issue(
    @Param('id', UserIdPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<IssueApiTokenResponseDto> {
    return { token: await this.users.issueToken(id, asAdmin(actor)) };
  }
}
