import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { validateEnvironment } from '@hazard/config';
import { configureHttpApp, HTTP_APP_OPTIONS } from '@hazard/http';
import { checkRedisNamespace, describeRedis } from '@hazard/queue';
import { AppModule } from './app.module';
import { loadDemo } from './demo/load-demo';
import { loadSeedDemo } from './demo/load-seed-demo';
import { ensureRedis } from './embedded-redis';

async function bootstrap(): Promise<void> {
  // Validated here first as well, so that a bad value ends as one clear line; inside Nest it
  // would surface as a logged stack trace.
  const env = validateEnvironment(process.env);
  const embedded = await ensureRedis(env.REDIS_URL, env.DATA_DIR);
  new Logger('Redis').log(describeRedis(await checkRedisNamespace(env), embedded !== null));
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    ...HTTP_APP_OPTIONS,
    abortOnError: false,
  });
  configureHttpApp(app);
  if (process.argv.includes('--demo=seed')) await loadSeedDemo(app);
  else if (env.DEMO || process.argv.includes('--demo')) await loadDemo(app);
  await app.listen(env.PORT, env.HOST);
  new Logger('Bootstrap').log(
    `Console on http://${env.HOST}:${env.PORT}/ (API under /api, documentation at /docs)`,
  );
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
