import type { CliCommand } from '../cli-command';
import { createUserCommand } from './create-user.command';
import { digestCommand } from './digest.command';
import { importUnitsCommand } from './import-units.command';
import { rebuildReadModelsCommand } from './rebuild-read-models.command';
import { reconcileCommand } from './reconcile.command';
import { setPasswordCommand } from './set-password.command';

/** Every admin command, in the order `--help` lists them. Add yours here, one line. */
export const COMMANDS: CliCommand[] = [
  createUserCommand,
  setPasswordCommand,
  rebuildReadModelsCommand,
  digestCommand,
  reconcileCommand,
  importUnitsCommand,
];
