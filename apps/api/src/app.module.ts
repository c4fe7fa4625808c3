import { Module } from '@nestjs/common';
import { ConditionalModule } from '@nestjs/config';
import { AuthModule } from '@hazard/auth';
import { ConsoleHttpModule } from '@hazard/console-http';
import { CoreModule } from '@hazard/core';
import { HazardCommandsModule } from '@hazard/hazards-http';
import { HealthModule } from '@hazard/health';
import { NotificationsModule } from '@hazard/notifications';
import { ReadModelsModule } from '@hazard/read-models';
import { DigestModule } from '@hazard/reporting';
import { SchedulingWorkerModule } from '@hazard/scheduling';

/** The HTTP API. Feature modules add themselves here, one line each. */
@Module({
  imports: [
    CoreModule,
    AuthModule,
    HazardCommandsModule,
    ReadModelsModule.forRoot(),
    HealthModule,
    DigestModule.forRoot(),
    NotificationsModule,
    ConsoleHttpModule,
    ConditionalModule.registerWhen(SchedulingWorkerModule, 'RUN_WORKERS'),
  ],
})
export class AppModule {}
