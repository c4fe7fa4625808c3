import { Module } from '@nestjs/common';
import { CoreModule } from '@hazard/core';
import { DigestWorkerModule } from '@hazard/reporting';
import { SchedulingWorkerModule } from '@hazard/scheduling';

/** Distributed mode: the deadline, notification and digest processors, without HTTP. */
@Module({
  imports: [CoreModule, SchedulingWorkerModule, DigestWorkerModule],
})
export class WorkerModule {}
