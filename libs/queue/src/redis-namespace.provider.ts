import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import type { Environment } from '@hazard/config';
import { openRedisNamespace } from './redis-namespace';

/** The DI token of this install's RedisNamespace. */
export const REDIS_NAMESPACE = Symbol('REDIS_NAMESPACE');

/** This install's namespace in Redis; needs RuntimeModule's event store (global). */
@Module({
  providers: [
    {
      provide: REDIS_NAMESPACE,
      inject: [EVENT_STORE, ConfigService],
      useFactory: (store: EventStore, config: ConfigService<Environment, true>) =>
        openRedisNamespace(
          store,
          config.get('REDIS_URL', { infer: true }),
          config.get('REDIS_PREFIX', { infer: true }),
        ),
    },
  ],
  exports: [REDIS_NAMESPACE],
})
export class RedisNamespaceModule {}
