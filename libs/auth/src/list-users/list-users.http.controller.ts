import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@hazard/http';
import { UserDirectory } from '../users/user-directory';
import { ListUsersRequestDto } from './list-users.request.dto';
import { ListUsersResponseDto } from './list-users.response.dto';

@ApiTags('users')
@Controller('api/users')
export class ListUsersHttpController {
  constructor(private readonly directory: UserDirectory) {}

  @Get()
  @ApiOperation({
    summary: '用户名录（供选择挂牌领导等），按姓名排序 / the user directory for pickers, by name',
  })
  @ApiOkResponse({ type: ListUsersResponseDto })
  @ApiProblems(401, 422)
  list(@Query() query: ListUsersRequestDto): ListUsersResponseDto {
    return { items: this.directory.list(query) };
  }
}
