import { Module } from '@nestjs/common';
import { DailyCoreModule } from './daily-core.module';
import { DailyHttpController } from './daily.http.controller';

/** GET /api/figures/daily, POST/GET /api/reports/daily, POST /api/spot-checks/draw, GET /api/spot-checks. */
@Module({
  imports: [DailyCoreModule],
  controllers: [DailyHttpController],
})
export class DailyModule {}
