import { Injectable } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import Redis from 'ioredis';
import type { Environment } from '@hazard/config';
import { redisOptionsFromUrl } from '@hazard/queue';

const PING_TIMEOUT_MS = 1000;

export interface ProbeResult {
  status: 'up' | 'down';
  error?: string;
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

  constructor(config: ConfigService<Environment, true>) {
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

  async ping(): Promise<ProbeResult> {
    try {
      await Promise.race([this.client.ping(), timeout(PING_TIMEOUT_MS)]);
      return { status: 'up' };
    } catch (error) {
      return { status: 'down', error: error instanceof Error ? error.message : String(error) };
    }
  }

  onApplicationShutdown(): void {
    this.client.disconnect();
  }
}
