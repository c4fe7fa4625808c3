import { Module } from '@nestjs/common';
import { CoreModule } from '@hazard/core';
import { LoggingModule } from '@hazard/observability';
import { WorkerProcessesModule } from './worker-processes.module';

/** Distributed mode: the processors and schedules, without HTTP. */
@Module({
  imports: [CoreModule, LoggingModule, WorkerProcessesModule],
})
export class WorkerModule {}
