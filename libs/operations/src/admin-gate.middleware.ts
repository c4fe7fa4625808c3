import { createHash, timingSafeEqual } from 'node:crypto';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import type { NestMiddleware } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { NextFunction, Request, Response } from 'express';
import { RequestAuthenticator } from '@hazard/auth';
import type { AuthenticatedRequest } from '@hazard/auth';
import type { Environment } from '@hazard/config';
import { ForbiddenError } from '@hazard/domain';
import { METRICS_PATH } from '@hazard/observability';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/**
 * The operator's pages (`/metrics`, `/admin/queues`) are for admins only: an admin's bearer
 * token or console session, or, for /metrics alone, METRICS_TOKEN. The queue view's own
 * buttons (retry, clean) cannot send the console's CSRF header, so a change made with the
 * session cookie must come from this origin (the cookie is SameSite=Strict as well).
 */
@Injectable()
export class AdminGateMiddleware implements NestMiddleware {
  private readonly metricsBearer: Buffer | null;

  constructor(
    private readonly authenticator: RequestAuthenticator,
    config: ConfigService<Environment, true>,
  ) {
    const token = config.get('METRICS_TOKEN', { infer: true });
    this.metricsBearer = token ? digest(`Bearer ${token}`) : null;
  }

  async use(request: Request, _response: Response, next: NextFunction): Promise<void> {
    if (this.isMetricsScraper(request)) return next();
    const authenticated = await this.authenticator.authenticate(request);
    if (!authenticated)
      throw new UnauthorizedException('sign in as an admin, or send an admin token');
    const { actor, session } = authenticated;
    (request as AuthenticatedRequest).actor = actor;
    if (!actor.roles.includes('admin')) throw new ForbiddenError('needs role admin');
    if (session && !SAFE_METHODS.has(request.method) && !sameOrigin(request)) {
      throw new ForbiddenError('a change must come from this site');
    }
    next();
  }

  private isMetricsScraper(request: Request): boolean {
    const authorization = request.headers.authorization;
    return (
      this.metricsBearer !== null &&
      request.originalUrl.split('?')[0] === METRICS_PATH &&
      typeof authorization === 'string' &&
      timingSafeEqual(digest(authorization), this.metricsBearer)
    );
  }
}

function sameOrigin(request: Request): boolean {
  const origin = request.headers.origin;
  if (typeof origin === 'string') {
    try {
      return new URL(origin).host === request.headers.host;
    } catch {
      return false;
    }
  }
  return request.headers['sec-fetch-site'] === 'same-origin';
}
