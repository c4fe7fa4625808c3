import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { Injectable, Module } from '@nestjs/common';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Environment } from '@hazard/config';
import { metricsRegistry } from './registry';

export const METRICS_PATH = '/metrics';

/**
 * With METRICS_PORT set, `GET /metrics` on that port of METRICS_HOST, without a token (keep
 * the port private): how a worker, which has no HTTP API, is scraped, and an API too when its
 * metrics should not be on its public port.
 */
@Injectable()
export class MetricsPortServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly port: number | undefined;
  private readonly host: string;
  private server: Server | null = null;

  constructor(config: ConfigService<Environment, true>) {
    this.port = config.get('METRICS_PORT', { infer: true });
    this.host = config.get('METRICS_HOST', { infer: true });
  }

  /** Whether /metrics is served here rather than on the API's own port. */
  get enabled(): boolean {
    return this.port !== undefined;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.enabled) return;
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
      server.listen(this.port, this.host, resolve);
    });
    this.server = server;
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}

@Module({ providers: [MetricsPortServer], exports: [MetricsPortServer] })
export class MetricsPortModule {}
