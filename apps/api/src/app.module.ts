import { Module } from '@nestjs/common';
import { AuthModule } from '@hazard/auth';
import { CoreModule } from '@hazard/core';
import { HazardCommandsModule } from '@hazard/hazards-http';
import { HealthModule } from '@hazard/health';
import { ReadModelsModule } from '@hazard/read-models';
import { DigestModule } from '@hazard/reporting';

/** The HTTP API. Feature modules add themselves here, one line each. */
@Module({
  imports: [
    CoreModule,
    AuthModule,
    HazardCommandsModule,
    ReadModelsModule.forRoot(),
    HealthModule,
    DigestModule.forRoot(),
  ],
})
export class AppModule {}
