import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { Inject, Injectable } from '@nestjs/common';
import type { OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ConfigService } from '@nestjs/config';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import type { Express, Request, Response } from 'express';
import type { Environment } from '@hazard/config';
import { metricsRegistry } from '@hazard/observability';
import { METRICS_PATH, QUEUE_BOARD_PATH } from './operations-paths';
import { QUEUE_JOBS_METRIC, queueJobsGauge } from './queue-metrics';

export const OBSERVED_QUEUES = Symbol('OBSERVED_QUEUES');

async function sendMetrics(_request: unknown, response: Response): Promise<void> {
  response.setHeader('Content-Type', metricsRegistry.contentType);
  response.setHeader('Cache-Control', 'no-store');
  response.end(await metricsRegistry.metrics());
}

/**
 * `/metrics` (on PORT, or on METRICS_PORT alone) and the Bull Board queue view at
 * `/admin/queues`, both behind AdminGateMiddleware. Mounted on Express after Nest's routes,
 * before its "not found" answer.
 */
@Injectable()
export class OperatorPages implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly metricsPort: number | undefined;
  private readonly metricsHost: string;
  private metricsServer: Server | null = null;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(OBSERVED_QUEUES) private readonly queues: Queue[],
    config: ConfigService<Environment, true>,
  ) {
    this.metricsPort = config.get('METRICS_PORT', { infer: true });
    this.metricsHost = config.get('METRICS_HOST', { infer: true });
    queueJobsGauge(queues);
  }

  /** Whether /metrics is on the API's own port (behind the admin gate). */
  get metricsOnApiPort(): boolean {
    return this.metricsPort === undefined;
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

  async onApplicationBootstrap(): Promise<void> {
    if (this.metricsOnApiPort) return;
    const server = createServer((request, response) => {
      if (request.url?.split('?')[0] !== METRICS_PATH) {
        response.writeHead(404).end();
        return;
      }
      void metricsRegistry.metrics().then((text) => {
        response.writeHead(200, { 'Content-Type': metricsRegistry.contentType }).end(text);
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.metricsPort, this.metricsHost, resolve);
    });
    this.metricsServer = server;
  }

  async onApplicationShutdown(): Promise<void> {
    metricsRegistry.removeSingleMetric(QUEUE_JOBS_METRIC);
    const server = this.metricsServer;
    this.metricsServer = null;
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}
