import { Body, Controller, Param, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@hazard/domain';
import { ApiProblems } from '@hazard/http';
import { CurrentActor, Roles } from '../auth.decorators';
import { asAdmin } from '../shared/identity-actors';
import { UserIdPipe } from '../shared/user-id.pipe';
import { UserResponseDto } from '../shared/user.response.dto';
import { UsersService } from '../users/users.service';
import { AmendUserRequestDto } from './amend-user.request.dto';

@ApiTags('users')
@Controller('api/users')
export class AmendUserHttpController {
  constructor(private readonly users: UsersService) {}

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({
    summary: '修改用户姓名、角色或辖区 / change a user’s name, roles or jurisdiction',
    description:
      '无登录名的用户（机器用户、自 users.sqlite 迁移的用户）可设一次登录名，之后不可更改 / a user without a login may be given one, once',
  })
  @ApiOkResponse({ type: UserResponseDto })
  @ApiProblems(401, 403, 404, 409, 413, 422)
  amend(
    @Param('id', UserIdPipe) id: string,
    @Body() body: AmendUserRequestDto,
    @CurrentActor() actor: Actor,
  ): Promise<UserResponseDto> {
    return this.users.amendUser(id, body, asAdmin(actor));
  }
}
