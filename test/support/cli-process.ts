import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

export interface CliOutcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The admin CLI as an operator runs it, from its TypeScript sources, in a real process;
 * `stdin`, when given, is piped to it (e.g. a password for `--password -`).
 */
export function runCli(
  args: string[],
  env: NodeJS.ProcessEnv,
  stdin?: string,
): Promise<CliOutcome> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['-r', './test/support/ts-require-hook.cjs', 'apps/cli/src/main.ts', ...args],
      {
        cwd: ROOT,
        env: { ...process.env, ...env },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    child.stdin.end(stdin ?? '');
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
