import { Controller, Delete, HttpCode, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiProblems } from '@hazard/http';
import type { AuthenticatedRequest } from '../authenticated-request';
import { clearSessionCookies } from '../authentication/session-cookies';
import { SessionService } from '../sessions/session.service';
import { asSelf } from '../shared/identity-actors';

@ApiTags('session')
@Controller('api/session')
export class SignOutHttpController {
  constructor(private readonly sessions: SessionService) {}

  @Delete()
  @HttpCode(204)
  @ApiOperation({
    summary: '退出登录：结束本会话（各实例均失效）/ sign out: this session ends everywhere',
    description: '需 X-CSRF-Token；持 API 令牌调用时无会话可结束 / needs X-CSRF-Token',
  })
  @ApiNoContentResponse()
  @ApiProblems(401, 403)
  async signOut(
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    if (!request.session) return;
    await this.sessions.end(request.session.hash, asSelf(request.actor));
    clearSessionCookies(request, response);
  }
}
