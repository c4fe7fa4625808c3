import type { CliCommand } from './cli-command';

export function generalHelp(commands: CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: npm run cli -- <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `npm run cli -- <command> --help` for its options. Settings come from the',
    'environment (DATA_DIR, EVENTSTORE_URL, REDIS_URL, ...), as for `npm start`.',
  ].join('\n');
}

export const commandHelp = (command: CliCommand): string =>
  [`Usage: npm run cli -- ${command.name} ${command.usage}`, '', command.summary].join('\n');
