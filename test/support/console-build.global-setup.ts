import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
/** The console's own sources, and the one folder of the server's that it bundles. */
const SOURCES = [join(ROOT, 'apps/console'), join(ROOT, 'libs/domain/src/vocabulary')];
export const CONSOLE_BUILD = join(ROOT, 'dist/console');
const STAMP = join(CONSOLE_BUILD, '.source-hash');

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** What the build is made of: the console's sources and the exact dependency versions. */
function sourceHash(): string {
  const hash = createHash('sha256');
  for (const path of [
    ...SOURCES.flatMap((dir) => [...files(dir)]),
    join(ROOT, 'package-lock.json'),
  ]) {
    hash.update(path.slice(ROOT.length)).update('\0').update(readFileSync(path));
  }
  return hash.digest('hex');
}

/**
 * jest globalSetup: the browser specs drive the built console, so build it once per run
 * when dist/console is missing or was built from other sources (a stamp records which).
 */
export default function buildConsoleIfStale(): void {
  const hash = sourceHash();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) return;
  process.stderr.write('\nbuilding the console (dist/console) for the browser specs…\n');
  execFileSync('npm', ['run', 'build:console', '--silent', '--', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  writeFileSync(STAMP, hash);
}
