import { CliUsageError } from '../cli-command';
import type { CliValues } from '../cli-command';
import type { IdentityActor } from '@hazard/auth';

/** Whoever runs the CLI has the machine, hence the administrator's say. */
export const CLI_ACTOR: IdentityActor = { userId: 'system:cli', name: 'Admin CLI', role: 'admin' };

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `--password <password>`, or `--password -` to read it from stdin (one line), which keeps it
 * out of the shell history and the process list.
 */
export async function passwordOf(values: CliValues): Promise<string | undefined> {
  const value = values.password;
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') {
    throw new CliUsageError('--password needs a password, or - to read it from stdin');
  }
  if (value !== '-') return value;
  const line = (await readStdin()).replace(/\r?\n$/, '');
  if (line === '') throw new CliUsageError('--password -: stdin held no password');
  return line;
}
