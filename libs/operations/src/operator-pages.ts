import { Inject, Injectable } from '@nestjs/common';
import type {
  BeforeApplicationShutdown,
  OnApplicationShutdown,
  OnModuleInit,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import type { Express, Request, Response } from 'express';
import { METRICS_PATH, metricsRegistry, MetricsPortServer } from '@hazard/observability';
import { QUEUE_BOARD_PATH } from './operations-paths';
import { QUEUE_JOBS_METRIC, queueJobsGauge } from './queue-metrics';

export const OBSERVED_QUEUES = Symbol('OBSERVED_QUEUES');
const READY_WAIT_MS = 2000;

async function sendMetrics(_request: unknown, response: Response): Promise<void> {
  response.setHeader('Content-Type', metricsRegistry.contentType);
  response.setHeader('Cache-Control', 'no-store');
  response.end(await metricsRegistry.metrics());
}

/**
 * `/metrics` on PORT (unless METRICS_PORT serves it) and the Bull Board queue view at
 * `/admin/queues`, both behind AdminGateMiddleware. Mounted on Express after Nest's routes,
 * before its "not found" answer.
 */
@Injectable()
export class OperatorPages
  implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown
{
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(OBSERVED_QUEUES) private readonly queues: Queue[],
    private readonly metricsPort: MetricsPortServer,
  ) {
    queueJobsGauge(queues);
  }

  /** Whether /metrics is on the API's own port (behind the admin gate). */
  get metricsOnApiPort(): boolean {
    return !this.metricsPort.enabled;
  }

  onModuleInit(): void {
    const app = this.adapterHost.httpAdapter?.getInstance<Express>();
    if (!app) return;
    if (this.metricsOnApiPort) {
      app.get(METRICS_PATH, (request: Request, response: Response) => {
        void sendMetrics(request, response);
      });
    }
    const board = new ExpressAdapter();
    board.setBasePath(QUEUE_BOARD_PATH);
    createBullBoard({
      queues: this.queues.map((queue) => new BullMQAdapter(queue)),
      serverAdapter: board,
      options: { uiConfig: { boardTitle: 'Hazard queues' } },
    });
    app.use(QUEUE_BOARD_PATH, board.getRouter());
  }

  /**
   * BullMQ mishandles a queue closed before its connection is ready (an unhandled 'error'):
   * give each a moment to get ready before Nest closes them.
   */
  async beforeApplicationShutdown(): Promise<void> {
    const ready = (queue: Queue) =>
      Promise.race([
        queue.waitUntilReady().catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, READY_WAIT_MS).unref()),
      ]);
    await Promise.all(this.queues.map(ready));
  }

  onApplicationShutdown(): void {
    metricsRegistry.removeSingleMetric(QUEUE_JOBS_METRIC);
  }
}
