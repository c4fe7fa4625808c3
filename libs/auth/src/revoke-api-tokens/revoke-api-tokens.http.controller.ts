import { Controller, Delete, HttpCode, Param } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@hazard/domain';
import { ApiProblems } from '@hazard/http';
import { CurrentActor, Roles } from '../auth.decorators';
import { asAdmin } from '../shared/identity-actors';
import { UserIdPipe } from '../shared/user-id.pipe';
import { UsersService } from '../users/users.service';

@ApiTags('users')
@Controller('api/users')
export class RevokeApiTokensHttpController {
  constructor(private readonly users: UsersService) {}

  @Delete(':id/tokens')
  @HttpCode(204)
  @Roles('admin')
  @ApiOperation({ summary: '吊销该用户的全部 API 令牌 / revoke every API token of the user' })
  @ApiNoContentResponse()
  @ApiProblems(401, 403, 404)
  async revoke(@Param('id', UserIdPipe) id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.users.revokeTokens(id, asAdmin(actor));
  }
}
