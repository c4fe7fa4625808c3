import { Body, Controller, HttpCode, Param, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@hazard/domain';
import { ApiProblems } from '@hazard/http';
import { CurrentActor, Roles } from '../auth.decorators';
import { asAdmin } from '../shared/identity-actors';
import { UserIdPipe } from '../shared/user-id.pipe';
import { UsersService } from '../users/users.service';
import { SetPasswordRequestDto } from './set-password.request.dto';

@ApiTags('users')
@Controller('api/users')
export class SetPasswordHttpController {
  constructor(private readonly users: UsersService) {}

  @Put(':id/password')
  @HttpCode(204)
  @Roles('admin')
  @ApiOperation({
    summary:
      '设置或重置用户密码（其所有会话随即结束）/ set or reset a password; ends the user’s sessions',
  })
  @ApiNoContentResponse()
  @ApiProblems(401, 403, 404, 413, 422)
  async setPassword(
    @Param('id', UserIdPipe) id: string,
    @Body() body: SetPasswordRequestDto,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    await this.users.setPassword(id, body.password, asAdmin(actor));
  }
}
