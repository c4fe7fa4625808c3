import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Environment } from '@hazard/config';
import { redisOptionsFromUrl } from './redis-options';

/** The one BullMQ connection set-up, from REDIS_URL; feature modules call registerQueue. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<Environment, true>) => ({
        connection: redisOptionsFromUrl(config.get('REDIS_URL', { infer: true })),
      }),
    }),
  ],
  exports: [BullModule],
})
export class QueueRootModule {}
