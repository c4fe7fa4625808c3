import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ApiProblems } from '@hazard/http';
import { Public } from '../auth.decorators';
import { AuthFailureThrottle } from '../auth-failure.throttle';
import { setSessionCookies } from '../authentication/session-cookies';
import { SessionService } from '../sessions/session.service';
import { InvalidCredentialsError } from '../users/user-errors';
import { SignInRequestDto } from './sign-in.request.dto';
import { SignInResponseDto } from './sign-in.response.dto';

@ApiTags('session')
@Controller('api/session')
export class SignInHttpController {
  constructor(
    private readonly sessions: SessionService,
    private readonly throttle: AuthFailureThrottle,
  ) {}

  @Post()
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: '登录：设置会话 Cookie hz_session 与 CSRF Cookie hz_csrf / sign in',
    description:
      '用户名不存在、密码错误或用户已停用时同样答 401 / the same 401 for an unknown login, a wrong password or a deactivated user',
  })
  @ApiOkResponse({ type: SignInResponseDto })
  @ApiProblems(401, 413, 422, 429)
  async signIn(
    @Body() body: SignInRequestDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SignInResponseDto> {
    const address = this.throttle.addressOf(request);
    await this.throttle.refuseWhileThrottled(address);
    const signedIn = await this.sessions.signIn(body.login, body.password).catch(async (error) => {
      if (error instanceof InvalidCredentialsError) await this.throttle.recordFailure(address);
      throw error;
    });
    const { user, ...cookies } = signedIn;
    setSessionCookies(request, response, cookies);
    const { id, name, login, roles, towns, departments, unitId } = user;
    return { user: { id, name, login, roles, towns, departments, unitId: unitId ?? null } };
  }
}
