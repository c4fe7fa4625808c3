import { Module } from '@nestjs/common';
import { HealthController } from './health.http.controller';
import { HealthService } from './health.service';
import { RedisProbe } from './redis-probe';

/** GET /health. Needs ReadModelsModule (global) for the projection's status. */
@Module({
  controllers: [HealthController],
  providers: [HealthService, RedisProbe],
})
export class HealthModule {}
