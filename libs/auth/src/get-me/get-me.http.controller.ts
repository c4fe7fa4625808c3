import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@hazard/domain';
import { ApiProblems } from '@hazard/http';
import { CurrentActor } from '../auth.decorators';
import { MeResponseDto } from '../shared/me.response.dto';
import { UserDirectory } from '../users/user-directory';

@ApiTags('session')
@Controller('api/me')
export class GetMeHttpController {
  constructor(private readonly directory: UserDirectory) {}

  @Get()
  @ApiOperation({ summary: '当前用户：角色与辖区 / the signed-in user, roles and jurisdiction' })
  @ApiOkResponse({ type: MeResponseDto })
  @ApiProblems(401)
  async me(@CurrentActor() actor: Actor): Promise<MeResponseDto> {
    const { userId: id, name, roles, towns, departments, unitId } = actor;
    // The built-in administrator (ADMIN_TOKEN) is no user and has no login.
    const login = (await this.directory.state(id))?.login ?? null;
    return { id, name, login, roles, towns, departments, unitId: unitId ?? null };
  }
}
