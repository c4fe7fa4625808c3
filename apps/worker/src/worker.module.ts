import { Module } from '@nestjs/common';
import { RuntimeModule } from '@hazard/runtime';
import { WorkerProcessesModule } from './worker-processes.module';

/** Distributed mode: the processors and schedules, without HTTP. */
@Module({
  imports: [RuntimeModule, WorkerProcessesModule],
})
export class WorkerModule {}
