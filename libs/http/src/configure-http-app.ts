import { ValidationPipe } from '@nestjs/common';
import type { INestApplication, NestApplicationOptions } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Environment } from '@hazard/config';
import { correlationMiddleware, httpMetricsMiddleware } from '@hazard/observability';
import { jsonBodyParser } from './body/json-body.middleware';
import { spreadsheetUploadParser } from './body/spreadsheet-upload.middleware';
import { ProblemDetailsFilter } from './problem-details.filter';
import { noStoreForData, securityHeaders } from './security-headers';
import { setupSwagger } from './swagger';
import { refusePrototypeKeys } from './validation/prototype-keys.middleware';
import { validationFailed } from './validation/validation-failed.factory';

/** Large enough for a listing with a long description; small enough to refuse abuse. */
export const BODY_LIMIT = '64kb';

/**
 * How every app must be created (NestFactory.create, createNestApplication): without Nest's
 * own body parsers, whose form parser would read `application/x-www-form-urlencoded` bodies.
 */
export const HTTP_APP_OPTIONS = { bodyParser: false } as const satisfies NestApplicationOptions;

/** The one HTTP pipeline, shared by main.ts and the e2e tests so both run the same thing. */
export function configureHttpApp<T extends INestApplication>(app: T): T {
  const config = app.get<ConfigService<Environment, true>>(ConfigService);
  app.getHttpAdapter().getInstance().disable('x-powered-by');
  app.use(
    correlationMiddleware,
    httpMetricsMiddleware,
    securityHeaders(),
    noStoreForData,
    spreadsheetUploadParser(),
    jsonBodyParser(BODY_LIMIT),
    refusePrototypeKeys,
  );
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
