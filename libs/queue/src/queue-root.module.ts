import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Environment } from '@hazard/config';
import { RedisLossDetector } from './redis-loss-detector';
import { REDIS_NAMESPACE, RedisNamespaceModule } from './redis-namespace.provider';
import type { RedisNamespace } from './redis-namespace';
import { redisOptionsFromUrl } from './redis-options';

/**
 * The one BullMQ connection set-up, from REDIS_URL, under this install's key prefix; feature
 * modules call registerQueue. Also the detector that rebuilds what Redis lost.
 */
@Module({
  imports: [
    RedisNamespaceModule,
    BullModule.forRootAsync({
      imports: [RedisNamespaceModule],
      inject: [ConfigService, REDIS_NAMESPACE],
      useFactory: (config: ConfigService<Environment, true>, namespace: RedisNamespace) => ({
        connection: redisOptionsFromUrl(config.get('REDIS_URL', { infer: true })),
        prefix: namespace.prefix,
      }),
    }),
  ],
  providers: [RedisLossDetector],
  exports: [BullModule, RedisNamespaceModule, RedisLossDetector],
})
export class QueueRootModule {}
