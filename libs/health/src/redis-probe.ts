import { Inject, Injectable } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import Redis from 'ioredis';
import type { Environment } from '@hazard/config';
import { REDIS_NAMESPACE, redisOptionsFromUrl } from '@hazard/queue';
import type { RedisNamespace } from '@hazard/queue';

const PING_TIMEOUT_MS = 1000;

export interface ProbeResult {
  /** `degraded`: working, but not all there yet (Redis being rebuilt from the events). */
  status: 'up' | 'degraded' | 'down';
  error?: string;
  reason?: string;
}

const timeout = (ms: number) =>
  new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref(),
  );

/**
 * Its own connection to REDIS_URL, so a health check never queues behind BullMQ's blocking
 * commands; without an offline queue a ping while Redis is away fails at once ("down").
 */
@Injectable()
export class RedisProbe implements OnApplicationShutdown {
  private readonly client: Redis;

  constructor(
    config: ConfigService<Environment, true>,
    @Inject(REDIS_NAMESPACE) private readonly namespace: RedisNamespace,
  ) {
    this.client = new Redis({
      ...redisOptionsFromUrl(config.get('REDIS_URL', { infer: true })),
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: PING_TIMEOUT_MS,
      retryStrategy: () => PING_TIMEOUT_MS,
    });
    // Failures are what the probe reports; they are not worth a log line per retry.
    this.client.on('error', () => undefined);
  }

  /** Up when Redis answers; degraded while a worker rebuilds what Redis lost (and why). */
  async ping(): Promise<ProbeResult> {
    try {
      const restoring = await Promise.race([
        this.client.get(this.namespace.restoringKey),
        timeout(PING_TIMEOUT_MS),
      ]);
      return restoring ? { status: 'degraded', reason: restoring } : { status: 'up' };
    } catch (error) {
      return { status: 'down', error: error instanceof Error ? error.message : String(error) };
    }
  }

  onApplicationShutdown(): void {
    this.client.disconnect();
  }
}
