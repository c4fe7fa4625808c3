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
  })
  @ApiOkResponse({ type: UserResponseDto })
  @ApiProblems(401, 403, 404, 413, 422)
  amend(
    @Param('id', UserIdPipe) id: string,
    @Body() body: AmendUserRequestDto,
    @CurrentActor() actor: Actor,
  ): Promise<UserResponseDto> {
    return this.users.amendUser(id, body, asAdmin(actor));
  }
}
