import { Module } from '@nestjs/common';
import { CampaignCommandsModule } from './campaign.module';
import { CampaignFollowUpSubscription } from './follow-up/campaign-follow-up.subscription';

/** The campaign follow-up, where the workers run (RUN_WORKERS in the API, or apps/worker). */
@Module({
  imports: [CampaignCommandsModule],
  providers: [CampaignFollowUpSubscription],
})
export class CampaignWorkerModule {}
