import { Module } from '@nestjs/common';
import { AuthModule } from '@hazard/auth';
import { CoreModule } from '@hazard/core';

/** The HTTP API. Feature modules add themselves here, one line each. */
@Module({
  imports: [CoreModule, AuthModule],
})
export class AppModule {}
