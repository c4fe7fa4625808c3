import { Injectable, UnauthorizedException } from '@nestjs/common';
import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError } from '@hazard/domain';
import type { Role } from '@hazard/domain';
import { IS_PUBLIC, REQUIRED_ROLES } from './auth.decorators';
import { AuthFailureThrottle } from './auth-failure.throttle';
import type { AuthenticatedRequest } from './authenticated-request';
import { RequestAuthenticator } from './authentication/request-authenticator';
import { CsrfTokenError } from './users/user-errors';

/** Methods a cross-site page could use to change something on a signed-in person's behalf. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every route needs a bearer token or the session cookie unless marked @Public(); a request
 * that changes state with the cookie must also prove, by X-CSRF-Token, that it comes from
 * the console. A public route still reads a bearer token it is given (GET /health shows
 * admins more), so a wrong token is a failed authentication there too. Wrong tokens are
 * guesses and are throttled per client address; an expired session cookie is not a guess.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: RequestAuthenticator,
    private readonly throttle: AuthFailureThrottle,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) === true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const bearer = request.headers.authorization !== undefined;
    if (isPublic && !bearer) return true;
    const address = this.throttle.addressOf(request);
    await this.throttle.refuseWhileThrottled(address);
    const authenticated = await this.authenticator.authenticate(request);
    if (!authenticated) {
      if (bearer) await this.throttle.recordFailure(address);
      throw new UnauthorizedException('sign in, or send a valid bearer token');
    }
    const { actor, session } = authenticated;
    if (session && !SAFE_METHODS.has(request.method)) {
      if (!this.authenticator.csrfPasses(request, session)) throw new CsrfTokenError();
    }
    request.actor = actor;
    request.session = session;
    if (isPublic) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.some((role) => actor.roles.includes(role))) {
      throw new ForbiddenError(`needs role ${roles.join(' or ')}`);
    }
    return true;
  }
}
