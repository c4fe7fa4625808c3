import { Logger } from '@nestjs/common';
import { commandSeconds, commandsTotal, timed } from './registry';

const logger = new Logger('Command');

/**
 * Counts and times one command, and logs it as one line (with the request's or job's
 * correlation id, as every line): `ListHazard case-… ok 12 ms`.
 */
export function observeCommand<T extends { duplicate: boolean }>(
  command: string,
  target: string,
  handle: () => Promise<T>,
): Promise<T> {
  return timed(
    (seconds, outcome) => {
      commandsTotal.inc({ command, outcome });
      commandSeconds.observe({ command, outcome }, seconds);
      // At info whatever the outcome: a refused command is the caller's mistake, and a failure
      // of the system's own shows in its request's or job's error line.
      logger.log(`${command} ${target} ${outcome} ${Math.round(seconds * 1000)} ms`);
    },
    handle,
    (result) => (result.duplicate ? 'duplicate' : 'ok'),
  );
}
