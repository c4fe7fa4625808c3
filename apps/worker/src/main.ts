import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { validateEnvironment } from '@hazard/config';
import { checkRedisNamespace, describeRedis } from '@hazard/queue';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  // Validated first, so that a bad value ends as one clear line.
  const env = validateEnvironment(process.env);
  new Logger('Redis').log(describeRedis(await checkRedisNamespace(env), false));
  const app = await NestFactory.createApplicationContext(WorkerModule, { abortOnError: false });
  // SIGTERM/SIGINT: processors stop taking jobs and finish the active ones before exit.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.init();
  new Logger('Worker').log('deadline and notification processors running');
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
