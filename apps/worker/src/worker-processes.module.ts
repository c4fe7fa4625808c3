import { Module } from '@nestjs/common';
import { CampaignWorkerModule, DailyWorkerModule } from '@hazard/campaign';
import { NotificationDeliveryModule } from '@hazard/notifications';
import { DigestWorkerModule } from '@hazard/reporting';
import { SchedulingWorkerModule } from '@hazard/scheduling';

/**
 * Everything that works from the events and queues rather than from HTTP: the deadline
 * scheduling and its processor, the webhook deliveries, the digest schedule, the campaign's
 * follow-up (findings opened as general hazards, escalations finished). apps/worker runs it alone
 * (distributed mode); apps/api runs it too when RUN_WORKERS is on (embedded mode).
 */
@Module({
  imports: [
    SchedulingWorkerModule,
    NotificationDeliveryModule,
    DigestWorkerModule,
    CampaignWorkerModule,
    DailyWorkerModule,
  ],
})
export class WorkerProcessesModule {}
