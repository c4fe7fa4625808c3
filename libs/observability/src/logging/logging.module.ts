import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream, LevelWithSilent } from 'pino';
import type { Environment } from '@hazard/config';
import { httpLogOptions, logDestination } from './log-options';

/** Where and how much to log, when not as configured: what a test sets to read or mute the lines. */
export interface LogOutput {
  level?: LevelWithSilent;
  stream?: DestinationStream;
}

export const LOG_OUTPUT = Symbol('LOG_OUTPUT');

/**
 * pino for the whole process (nestjs-pino): Nest's own logger is replaced by it in main.ts
 * (`app.useLogger(app.get(Logger))`), and each HTTP request is logged once, when answered.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      providers: [{ provide: LOG_OUTPUT, useValue: {} satisfies LogOutput }],
      inject: [ConfigService, LOG_OUTPUT],
      useFactory: (config: ConfigService<Environment, true>, output: LogOutput) => {
        const level = output.level ?? config.getOrThrow('LOG_LEVEL', { infer: true });
        const format = config.get('LOG_FORMAT', { infer: true });
        return { pinoHttp: [httpLogOptions(level), logDestination(format, output.stream)] };
      },
    }),
  ],
  exports: [LoggerModule],
})
export class LoggingModule {}
