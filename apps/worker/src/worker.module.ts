import { Module } from '@nestjs/common';
import { CoreModule } from '@hazard/core';
import { SchedulingWorkerModule } from '@hazard/scheduling';

/** Distributed mode: the deadline and notification processors, without HTTP. */
@Module({
  imports: [CoreModule, SchedulingWorkerModule],
})
export class WorkerModule {}
