import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { loadEnvFile, validateEnvironment } from '@hazard/config';
import { checkRedisNamespace, describeRedis } from '@hazard/queue';

async function bootstrap(): Promise<void> {
  loadEnvFile();
  // Validated first, so that a bad value ends as one clear line.
  const env = validateEnvironment(process.env);
  new NestLogger('Redis').log(describeRedis(await checkRedisNamespace(env), false));
  // Imported now: its modules read the environment as they load, .env included.
  const { WorkerModule } = await import('./worker.module');
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    abortOnError: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  // From here on lines go out at once: one replayed later would lose its job's correlation id.
  app.flushLogs();
  // SIGTERM/SIGINT: processors stop taking jobs and finish the active ones before exit.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.init();
  new NestLogger('Worker').log('deadline and notification processors running');
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
