import { Global, Inject, Module } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type Database from 'better-sqlite3';
import type { Environment } from '@hazard/config';
import { CAMPAIGN_DB, campaignFile, openCampaignDatabase } from './campaign-database';
import { CampaignReadModel } from './campaign-read-model.service';

/**
 * The campaign's read models in `DATA_DIR/campaign.sqlite`, fed by the projections: for the
 * API's queries and for the worker's daily report alike.
 */
// Global: /health reports the campaign projections without re-importing them.
@Global()
@Module({
  providers: [
    {
      provide: CAMPAIGN_DB,
      inject: [ConfigService],
      useFactory: (config: ConfigService<Environment, true>) =>
        openCampaignDatabase(campaignFile(config.get('DATA_DIR', { infer: true }))),
    },
    CampaignReadModel,
  ],
  exports: [CAMPAIGN_DB, CampaignReadModel],
})
export class CampaignReadModelModule implements OnApplicationShutdown {
  constructor(@Inject(CAMPAIGN_DB) private readonly db: Database.Database) {}

  /** Runs after every provider's hook, so the projections have stopped writing by now. */
  onApplicationShutdown(): void {
    this.db.close();
  }
}
