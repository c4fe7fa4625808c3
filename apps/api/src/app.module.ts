import { Module } from '@nestjs/common';
import { ConditionalModule } from '@nestjs/config';
import { AuthModule } from '@hazard/auth';
import { ConsoleHttpModule } from '@hazard/console-http';
import { CampaignModule } from '@hazard/campaign';
import { RuntimeModule } from '@hazard/runtime';
import { HazardCommandsModule } from '@hazard/hazards-http';
import { HealthModule } from '@hazard/health';
import { NotificationsModule } from '@hazard/notifications';
import { LoggingModule } from '@hazard/observability';
import { OperationsModule } from '@hazard/operations';
import { ReadModelsModule } from '@hazard/read-models';
import { DigestModule } from '@hazard/reporting';
import { WorkerProcessesModule } from '../../worker/src/worker-processes.module';

/** The HTTP API. Feature modules add themselves here, one line each. */
@Module({
  imports: [
    RuntimeModule,
    LoggingModule,
    AuthModule,
    // Before the hazard read side: /api/hazards/general must not be taken for a case id.
    CampaignModule,
    HazardCommandsModule,
    ReadModelsModule.forRoot(),
    HealthModule,
    DigestModule,
    NotificationsModule,
    OperationsModule,
    ConsoleHttpModule,
    // The one place that reads RUN_WORKERS: embedded mode runs the workers in this process.
    ConditionalModule.registerWhen(WorkerProcessesModule, 'RUN_WORKERS'),
  ],
})
export class AppModule {}
