import type { INestApplicationContext, ModuleMetadata } from '@nestjs/common';

export type CliOptions = Record<string, { type: 'string' | 'boolean'; short?: string }>;
export type CliValues = Record<string, string | boolean | undefined>;

/**
 * One admin command: its name, help text, the modules it needs, and what it does. What it
 * needs is imported when it runs (`await import(…)`), not when the CLI loads: `--help` and a
 * usage error answer without loading Nest's modules.
 */
export interface CliCommand {
  name: string;
  summary: string;
  /** Shown by `<command> --help`, after the usage line. */
  usage: string;
  options: CliOptions;
  /** Nest modules the command needs besides RuntimeModule (config, event store, clock). */
  imports(): Promise<NonNullable<ModuleMetadata['imports']>>;
  /** Returns the exit code. */
  run(app: INestApplicationContext, values: CliValues): Promise<number>;
}

/** One line on stderr and a failing exit code: what a wrong invocation deserves. */
export class CliUsageError extends Error {}
