import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { loadEnvFile, validateEnvironment } from '@hazard/config';
import { configureHttpApp, HTTP_APP_OPTIONS } from '@hazard/http';
import { checkRedisNamespace, describeRedis } from '@hazard/queue';
import { ensureRedis } from './embedded-redis';
import { assertPortFree } from './port-check';

async function bootstrap(): Promise<void> {
  loadEnvFile();
  // Validated here first as well, so that a bad value ends as one clear line; inside Nest it
  // would surface as a logged stack trace.
  const env = validateEnvironment(process.env);
  await assertPortFree(env.HOST, env.PORT);
  const embedded = await ensureRedis(env.REDIS_URL, env.DATA_DIR);
  new NestLogger('Redis').log(describeRedis(await checkRedisNamespace(env), embedded !== null));
  // Imported now, not above: their modules read the environment as they load, .env included.
  const { AppModule } = await import('./app.module');
  const { printFirstStartHint } = await import('./first-start-hint');
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    ...HTTP_APP_OPTIONS,
    abortOnError: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  // From here on lines go out at once: one replayed later would lose its job's correlation id.
  app.flushLogs();
  configureHttpApp(app);
  if (process.argv.includes('--demo=seed')) {
    await (await import('./demo/load-seed-demo')).loadSeedDemo(app);
  } else if (env.DEMO || process.argv.includes('--demo')) {
    await (await import('./demo/load-demo')).loadDemo(app);
  }
  await app.listen(env.PORT, env.HOST);
  const consoleUrl = `http://${env.HOST}:${env.PORT}/`;
  new NestLogger('Bootstrap').log(
    `Console on ${consoleUrl} (API under /api, documentation at /docs)`,
  );
  printFirstStartHint(app, consoleUrl, env.ADMIN_TOKEN !== undefined);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
