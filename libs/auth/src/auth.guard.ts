import { Injectable, UnauthorizedException } from '@nestjs/common';
import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError } from '@hazard/domain';
import type { Role } from '@hazard/domain';
import { TooManyFailedAuthenticationsError } from '@hazard/http';
import { IS_PUBLIC, REQUIRED_ROLES } from './auth.decorators';
import { AuthFailureThrottle } from './auth-failure.throttle';
import type { AuthenticatedRequest } from './authenticated-request';
import { UsersService } from './users.service';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Every route needs `Authorization: Bearer <token>` unless marked @Public(). A public route
 * still reads a token it is given (GET /health shows admins more), so a wrong token is a
 * failed authentication there too; failures are throttled per client address.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly users: UsersService,
    private readonly throttle: AuthFailureThrottle,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) === true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (isPublic && request.headers.authorization === undefined) return true;
    const address = request.ip ?? request.socket.remoteAddress ?? 'unknown';
    const wait = await this.throttle.retryAfter(address);
    if (wait > 0) throw new TooManyFailedAuthenticationsError(wait);
    const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
    const actor = token ? this.users.authenticate(token) : null;
    if (!actor) {
      // Only a presented token is a guess; a request without one is merely anonymous.
      if (token) await this.throttle.recordFailure(address);
      throw new UnauthorizedException('a valid bearer token is required');
    }
    request.actor = actor;
    if (isPublic) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.some((role) => actor.roles.includes(role))) {
      throw new ForbiddenError(`needs role ${roles.join(' or ')}`);
    }
    return true;
  }
}
