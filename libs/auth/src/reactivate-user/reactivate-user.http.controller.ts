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
export class ReactivateUserHttpController {
  constructor(private readonly users: UsersService) {}

  @Post(':id/reactivate')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary:
      '重新启用用户（需重新登录；令牌恢复有效）/ reactivate: tokens work again, people sign in anew',
  })
  @ApiOkResponse({ type: UserResponseDto })
  @ApiProblems(401, 403, 404)
  reactivate(
    @Param('id', UserIdPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<UserResponseDto> {
    return this.users.reactivate(id, asAdmin(actor));
  }
}
