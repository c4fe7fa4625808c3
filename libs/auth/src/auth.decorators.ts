import { createParamDecorator, SetMetadata } from '@nestjs/common';
import type { ExecutionContext } from '@nestjs/common';
import type { Actor, Role } from '@hazard/domain';
import type { AuthenticatedRequest } from './authenticated-request';

export const IS_PUBLIC = 'hazard:auth:public';
export const REQUIRED_ROLES = 'hazard:auth:roles';

/** The route needs no credentials (health, documentation, signing in). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * A coarse gate: the actor must hold one of these roles. Per-case rules (leader of this case,
 * jurisdiction) stay in the domain's authorize().
 */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/** The authenticated actor of the request. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().actor,
);
