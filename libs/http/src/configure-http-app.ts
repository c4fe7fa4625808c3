import { ValidationPipe } from '@nestjs/common';
import type { INestApplication } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Environment } from '@hazard/config';
import { jsonBodyParser } from './json-body.middleware';
import { ProblemDetailsFilter } from './problem-details.filter';
import { setupSwagger } from './swagger';
import { validationFailed } from './validation/validation-failed.factory';

/** Large enough for a listing with a long description; small enough to refuse abuse. */
export const BODY_LIMIT = '64kb';

/** The one HTTP pipeline, shared by main.ts and the e2e tests so both run the same thing. */
export function configureHttpApp<T extends INestApplication>(app: T): T {
  const config = app.get<ConfigService<Environment, true>>(ConfigService);
  app.getHttpAdapter().getInstance().disable('x-powered-by');
  app.use(jsonBodyParser(BODY_LIMIT));
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      // One message per field: a number given for a title need not also be "too long".
      stopAtFirstError: true,
      exceptionFactory: validationFailed,
    }),
  );
  app.useGlobalFilters(new ProblemDetailsFilter(config.get('DEFAULT_LANG', { infer: true })));
  app.enableShutdownHooks();
  setupSwagger(app);
  return app;
}
