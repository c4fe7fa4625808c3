import { Module } from '@nestjs/common';
import { CampaignReadModelModule } from '../read-model/campaign-read-model.module';
import { DailyFigures } from './figures/daily-figures.service';
import { DailyReportService } from './report/daily-report.service';
import { SpotChecks } from './spot-checks/spot-checks.service';

/** The daily figures, report and spot checks, without HTTP or queues. */
@Module({
  imports: [CampaignReadModelModule],
  providers: [DailyFigures, DailyReportService, SpotChecks],
  exports: [DailyFigures, DailyReportService, SpotChecks],
})
export class DailyCoreModule {}
