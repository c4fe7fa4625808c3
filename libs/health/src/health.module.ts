import { Module } from '@nestjs/common';
import { RedisNamespaceModule } from '@hazard/queue';
import { HealthController } from './health.http.controller';
import { HealthService } from './health.service';
import { RedisProbe } from './redis-probe';

/** GET /health. Needs ReadModelsModule and CampaignModule (global) for the projections' status. */
@Module({
  imports: [RedisNamespaceModule],
  controllers: [HealthController],
  providers: [HealthService, RedisProbe],
})
export class HealthModule {}
