import { Module, RequestMethod } from '@nestjs/common';
import type { MiddlewareConsumer, NestModule } from '@nestjs/common';
import { ConsoleFilesMiddleware } from './console-files.middleware';

/** The browser console (apps/console, built to CONSOLE_DIR), same origin as the API. */
@Module({})
export class ConsoleHttpModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(ConsoleFilesMiddleware)
      .forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
