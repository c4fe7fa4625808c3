import { Module } from '@nestjs/common';
import { RuntimeModule } from '@hazard/runtime';
import { LoggingModule, MetricsPortModule } from '@hazard/observability';
import { WorkerProcessesModule } from './worker-processes.module';

/** Distributed mode: the processors and schedules, without HTTP (metrics on METRICS_PORT). */
@Module({
  imports: [RuntimeModule, LoggingModule, MetricsPortModule, WorkerProcessesModule],
})
export class WorkerModule {}
