import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Request } from 'express';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { Environment } from '@hazard/config';
import { TooManyFailedAuthenticationsError } from '@hazard/http';

/**
 * Counts failed authentications (wrong bearer tokens, wrong passwords) per client address:
 * past AUTH_FAILURE_LIMIT within AUTH_FAILURE_WINDOW_SECONDS, the address is refused until
 * the window ends, so neither tokens nor passwords can be guessed at speed. In memory, per
 * process: each API instance counts on its own.
 */
@Injectable()
export class AuthFailureThrottle {
  private readonly failures: RateLimiterMemory;
  private readonly limit: number;

  constructor(config: ConfigService<Environment, true>) {
    this.limit = config.get('AUTH_FAILURE_LIMIT', { infer: true });
    this.failures = new RateLimiterMemory({
      points: this.limit,
      duration: config.get('AUTH_FAILURE_WINDOW_SECONDS', { infer: true }),
    });
  }

  addressOf(request: Request): string {
    return request.ip ?? request.socket.remoteAddress ?? 'unknown';
  }

  /** 429 with Retry-After while the address is over its limit. */
  async refuseWhileThrottled(address: string): Promise<void> {
    const counted = await this.failures.get(address);
    if (!counted || counted.consumedPoints < this.limit) return;
    throw new TooManyFailedAuthenticationsError(
      Math.max(1, Math.ceil(counted.msBeforeNext / 1000)),
    );
  }

  async recordFailure(address: string): Promise<void> {
    // Past the limit consume() rejects; the count is what matters, not the rejection.
    await this.failures.consume(address).catch(() => undefined);
  }
}
