import { createInterface } from 'node:readline';
import { CliUsageError } from '../cli-command';
import type { CliValues } from '../cli-command';
import type { IdentityActor } from '@hazard/auth';

/** Whoever runs the CLI has the machine, hence the administrator's say. */
export const CLI_ACTOR: IdentityActor = { userId: 'system:cli', name: 'Admin CLI', role: 'admin' };

/** The first line of stdin: typed and ended with Enter, or piped in. */
async function firstLineOfStdin(): Promise<string> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  try {
    for await (const line of lines) return line;
    return '';
  } finally {
    lines.close();
  }
}

/**
 * `--password <password>`, or `--password -` to read it from the first line of stdin, which
 * keeps it out of the shell history and the process list.
 */
export async function passwordOf(values: CliValues): Promise<string | undefined> {
  const value = values.password;
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') {
    throw new CliUsageError('--password needs a password, or - to read it from stdin');
  }
  if (value !== '-') return value;
  const line = await firstLineOfStdin();
  if (line === '') throw new CliUsageError('--password -: stdin held no password');
  return line;
}
