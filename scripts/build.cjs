/**
 * `node scripts/build.cjs [server|console]` (both by default): what `npm start`, the worker,
 * the CLI and the benchmarks run first. Builds only what changed since the last build, so a
 * start with nothing changed costs the two checks, well under a second:
 * - the server: `tsc -b` (incremental; its build info in dist/), then tsc-alias when it emitted;
 * - the console: `vite build` only when its sources or the locked dependencies changed (a hash
 *   of them is kept in dist/console/.source-hash).
 */
/* eslint-disable @typescript-eslint/no-require-imports -- plain Node.js: it runs before any build */
/* global require, __dirname, __filename */
const { createHash } = require('node:crypto');
const { execFileSync } = require('node:child_process');
const { existsSync, readdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
const BUILD_INFO = join(ROOT, 'dist/tsconfig.build.tsbuildinfo');
/** The console's own sources, and the one folder of the server's that it bundles. */
const CONSOLE_SOURCES = [join(ROOT, 'apps/console'), join(ROOT, 'libs/domain/src/vocabulary')];
const CONSOLE_BUILD = join(ROOT, 'dist/console');
const CONSOLE_STAMP = join(CONSOLE_BUILD, '.source-hash');

const node = (script, args, env = process.env) =>
  execFileSync(process.execPath, [join(ROOT, 'node_modules', script), ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });

const modified = (path) => (existsSync(path) ? statSync(path).mtimeMs : null);

function buildServer() {
  const before = modified(BUILD_INFO);
  node('typescript/bin/tsc', ['-b', 'tsconfig.build.json']);
  // tsc -b leaves its build info untouched when every output was up to date.
  if (modified(BUILD_INFO) !== before)
    node('tsc-alias/dist/bin/index.js', ['-p', 'tsconfig.build.json']);
}

function* files(dir) {
  const entries = readdirSync(dir, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** What the console's build is made of: its sources, the exact dependency versions, this script. */
function consoleSourceHash() {
  const hash = createHash('sha256');
  const paths = [
    ...CONSOLE_SOURCES.flatMap((dir) => [...files(dir)]),
    join(ROOT, 'package-lock.json'),
    __filename,
  ];
  for (const path of paths)
    hash.update(path.slice(ROOT.length)).update('\0').update(readFileSync(path));
  return hash.digest('hex');
}

function buildConsole() {
  const hash = consoleSourceHash();
  if (existsSync(CONSOLE_STAMP) && readFileSync(CONSOLE_STAMP, 'utf8') === hash) return;
  process.stderr.write('building the console (dist/console)…\n');
  // Always the production bundle: Vite follows NODE_ENV, and jest's `test` (its globalSetup
  // builds the console) would otherwise stamp React's development build as up to date.
  node('vite/bin/vite.js', ['build', 'apps/console', '--logLevel', 'warn'], {
    ...process.env,
    NODE_ENV: 'production',
  });
  writeFileSync(CONSOLE_STAMP, hash);
}

const what = process.argv[2] ?? 'all';
if (!['all', 'server', 'console'].includes(what)) {
  process.stderr.write('usage: node scripts/build.cjs [server|console]\n');
  process.exit(2);
}
try {
  if (what !== 'console') buildServer();
  if (what !== 'server') buildConsole();
} catch (error) {
  // tsc and vite have printed why; their exit code is the build's.
  process.exit(typeof error.status === 'number' ? error.status : 1);
}
