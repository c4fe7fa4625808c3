import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
export const CONSOLE_BUILD = join(ROOT, 'dist/console');

/**
 * jest globalSetup: the browser specs drive the built console, so build it once per run when
 * dist/console is missing or was built from other sources (scripts/build.cjs keeps a stamp).
 */
export default function buildConsoleIfStale(): void {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.cjs'), 'console'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}
