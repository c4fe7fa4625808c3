import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@hazard/domain';
import { ApiProblems } from '@hazard/http';
import { CurrentActor, Roles } from '../auth.decorators';
import { asAdmin } from '../shared/identity-actors';
import { UserIdPipe } from '../shared/user-id.pipe';
import { UserResponseDto } from '../shared/user.response.dto';
import { UsersService } from '../users/users.service';

@ApiTags('users')
@Controller('api/users')
export class DeactivateUserHttpController {
  constructor(private readonly users: UsersService) {}

  @Post(':id/deactivate')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary:
      '停用用户：其会话结束、令牌失效 / deactivate: their sessions end, their tokens are refused',
  })
  @ApiOkResponse({ type: UserResponseDto })
  @ApiProblems(401, 403, 404)
  deactivate(
    @Param('id', UserIdPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<UserResponseDto> {
    return this.users.deactivate(id, asAdmin(actor));
  }
}
