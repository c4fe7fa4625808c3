import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Report } from './run';
import { startApiProcess } from './api-process';
import { startRedis } from '../support/redis-server';
import { tempDir } from '../support/temp-dir';

const S = 'start';
const ROOT = join(__dirname, '../../..');
const RUNS = 5;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1];

/** Wall-clock milliseconds of `node <args>` in the repository, the median of `runs`. */
function timed(args: string[], runs = RUNS): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    times.push(performance.now() - started);
  }
  return median(times);
}

/**
 * What a start costs before the app runs: the incremental build with nothing changed (what
 * `npm start` and `npm run cli` now run first) beside a whole compilation of the server (what
 * each of them ran before, without even the console's build), then `cli --help` and the API's
 * own start, to its first healthy answer.
 */
export async function run(report: Report): Promise<void> {
  const upToDate = timed(['scripts/build.cjs']);
  const whole = timed(
    [
      'node_modules/typescript/bin/tsc',
      '-p',
      'tsconfig.build.json',
      '--noEmit',
      '--incremental',
      'false',
    ],
    1,
  );
  report(S, 'build with nothing changed (scripts/build.cjs), median', upToDate, 'ms');
  report(S, 'a whole server compilation (tsc -p, no emit), as every start did', whole, 'ms');
  report(S, 'ratio', whole / upToDate, 'x');
  report(
    S,
    'cli --help (node dist/apps/cli/src/main.js), median',
    timed(['dist/apps/cli/src/main.js', '--help']),
    'ms',
  );

  const redis = await startRedis();
  const times: number[] = [];
  try {
    for (let i = 0; i < 3; i += 1) {
      const dir = tempDir('hazard-bench-start-');
      const started = performance.now();
      const api = await startApiProcess({ dataDir: dir.path, redisUrl: redis.url });
      times.push(performance.now() - started);
      await api.stop();
      dir.remove();
    }
  } finally {
    await redis.stop();
  }
  report(
    S,
    'API process to its first healthy /health (empty DATA_DIR), median',
    median(times),
    'ms',
  );
}
