import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@hazard/http';
import { Roles } from '../auth.decorators';
import { UsersService } from '../users.service';
import { CreateUserRequestDto } from './create-user.request.dto';
import { CreateUserResponseDto } from './create-user.response.dto';

@ApiTags('users')
@ApiBearerAuth()
@Controller('api/users')
export class CreateUserHttpController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: '创建用户并返回一次性令牌 / create a user; returns its token once' })
  @ApiCreatedResponse({ type: CreateUserResponseDto })
  @ApiProblems(401, 403, 413, 422)
  create(@Body() body: CreateUserRequestDto): CreateUserResponseDto {
    const { user, token } = this.users.createUser({
      name: body.name,
      roles: body.roles,
      towns: body.towns ?? [],
      departments: body.departments ?? [],
    });
    return { ...user, token };
  }
}
