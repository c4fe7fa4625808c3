import { existsSync } from 'node:fs';
import { loadEnvFile as loadInto } from 'node:process';

/** The file of settings read at start when it exists, in the current directory. */
export const ENV_FILE = '.env';

/**
 * Adds the settings of `.env` to the environment, when the file is there; a variable the real
 * environment already has wins over the file. Each app's main calls it first, before it loads
 * the modules that read the environment (`.env.example` lists every setting).
 */
export function loadEnvFile(path = ENV_FILE): void {
  if (existsSync(path)) loadInto(path);
}
