import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@hazard/domain';
import { ApiProblems } from '@hazard/http';
import { CurrentActor, Roles } from '../auth.decorators';
import { asAdmin } from '../shared/identity-actors';
import { UsersService } from '../users/users.service';
import { CreateUserRequestDto } from './create-user.request.dto';
import { CreateUserResponseDto } from './create-user.response.dto';

@ApiTags('users')
@Controller('api/users')
export class CreateUserHttpController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @Roles('admin')
  @ApiOperation({
    summary: '创建用户并返回一次性 API 令牌 / create a user; returns its API token once',
    description:
      '登录名全局唯一（已被使用则 409）/ the login is unique across users (409 when taken)',
  })
  @ApiCreatedResponse({ type: CreateUserResponseDto })
  @ApiProblems(401, 403, 409, 413, 422)
  async create(
    @Body() body: CreateUserRequestDto,
    @CurrentActor() actor: Actor,
  ): Promise<CreateUserResponseDto> {
    const { user, token } = await this.users.createUser(
      {
        name: body.name,
        login: body.login,
        password: body.password,
        roles: body.roles,
        towns: body.towns ?? [],
        departments: body.departments ?? [],
        unitId: body.unitId ?? null,
      },
      asAdmin(actor),
    );
    return { ...user, token };
  }
}
