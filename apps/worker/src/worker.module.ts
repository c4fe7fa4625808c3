import { Module } from '@nestjs/common';
import { CoreModule } from '@hazard/core';
import { WorkerProcessesModule } from './worker-processes.module';

/** Distributed mode: the processors and schedules, without HTTP. */
@Module({
  imports: [CoreModule, WorkerProcessesModule],
})
export class WorkerModule {}
