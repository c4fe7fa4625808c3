import { Module } from '@nestjs/common';
import type { INestApplicationContext } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { Test } from '@nestjs/testing';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { validateEnvironment } from '@hazard/config';
import { freePort } from '@hazard/testing/free-port';
import { MetricsPortModule } from './metrics-port.server';
import { commandsTotal } from './registry';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: validateEnvironment }),
    MetricsPortModule,
  ],
})
class WorkerLikeModule {}

describe('METRICS_PORT: /metrics of a process without an HTTP API', () => {
  let app: INestApplicationContext;
  let url: string;

  beforeAll(async () => {
    const port = await freePort();
    process.env.METRICS_PORT = String(port);
    url = `http://127.0.0.1:${port}`;
    const moduleRef = await Test.createTestingModule({ imports: [WorkerLikeModule] }).compile();
    app = await moduleRef.init();
  });
  afterAll(() => app.close());

  it('serves the registry as Prometheus text on its own port, with nothing else there', async () => {
    commandsTotal.inc({ command: 'SendReminder', outcome: 'ok' });
    const response = await fetch(`${url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    const families = parsePrometheusTextFormat(await response.text());
    const commands = families.find((f) => f.name === 'hazard_commands_total');
    expect(commands?.metrics).toContainEqual({
      value: '1',
      labels: { command: 'SendReminder', outcome: 'ok' },
    });
    expect((await fetch(`${url}/admin/queues`)).status).toBe(404);
  });

  it('stops listening when the process closes', async () => {
    await app.close();
    await expect(fetch(`${url}/metrics`)).rejects.toThrow();
    app = await (await Test.createTestingModule({ imports: [WorkerLikeModule] }).compile()).init();
  });
});
