import { parseArgs } from 'node:util';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadEnvFile } from '@hazard/config';
import { CliUsageError } from './cli-command';
import type { CliCommand } from './cli-command';
import { COMMANDS } from './commands';
import { commandHelp, generalHelp } from './help';

async function runCommand(command: CliCommand, argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { ...command.options, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${commandHelp(command)}\n`);
    return 0;
  }
  // Imported here, after .env: the environment is validated while RuntimeModule loads, and a bad
  // value must end as one clear line.
  loadEnvFile();
  const { RuntimeModule } = await import('@hazard/runtime');
  @Module({ imports: [RuntimeModule, ...(await command.imports())] })
  class CliModule {}
  const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error', 'warn'] });
  try {
    return await command.run(app, values);
  } finally {
    await app.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${generalHelp(COMMANDS)}\n`);
    return name ? 0 : 1;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new CliUsageError(`unknown command "${name}"; see --help`);
  return runCommand(command, rest);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${message}\n`);
    const usage =
      error instanceof CliUsageError ||
      String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
    process.exit(usage ? 2 : 1);
  },
);
