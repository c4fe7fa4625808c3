import { Body, Controller, HttpCode, Put, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ForbiddenError } from '@hazard/domain';
import { ApiProblems } from '@hazard/http';
import type { AuthenticatedRequest } from '../authenticated-request';
import { BOOTSTRAP_ADMIN } from '../authentication/bootstrap-admin';
import { cookiesOf, CSRF_COOKIE, setSessionCookies } from '../authentication/session-cookies';
import { SessionService } from '../sessions/session.service';
import { asSelf } from '../shared/identity-actors';
import { UsersService } from '../users/users.service';
import { ChangeOwnPasswordRequestDto } from './change-own-password.request.dto';

@ApiTags('session')
@Controller('api/me/password')
export class ChangeOwnPasswordHttpController {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionService,
  ) {}

  @Put()
  @HttpCode(204)
  @ApiOperation({
    summary: '修改本人密码 / change your own password',
    description:
      '其他会话全部结束；以 Cookie 调用时本会话换发新的 hz_session / every other session ends; a cookie caller gets a fresh hz_session',
  })
  @ApiNoContentResponse()
  @ApiProblems(401, 403, 413, 422)
  async change(
    @Body() body: ChangeOwnPasswordRequestDto,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    if (request.actor.userId === BOOTSTRAP_ADMIN.userId) {
      throw new ForbiddenError('the built-in administrator (ADMIN_TOKEN) has no password');
    }
    const user = await this.users.changeOwnPassword(
      asSelf(request.actor),
      body.currentPassword,
      body.password,
    );
    // The new password voids every session, this one too: carry on in a fresh one.
    const csrfToken = cookiesOf(request)[CSRF_COOKIE];
    if (request.session && csrfToken) {
      setSessionCookies(request, response, await this.sessions.start(user, csrfToken));
    }
  }
}
