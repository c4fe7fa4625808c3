import { AuthModule, UsersService } from '@hazard/auth';
import { ROLES } from '@hazard/domain';
import type { Role } from '@hazard/domain';
import { CliUsageError } from '../cli-command';
import type { CliCommand, CliValues } from '../cli-command';

const list = (value: string | boolean | undefined): string[] =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '')
    : [];

function rolesOf(values: CliValues): Role[] {
  const roles = list(values.roles);
  const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
  if (roles.length === 0 || unknown.length > 0) {
    throw new CliUsageError(`--roles must list one or more of ${ROLES.join(', ')}`);
  }
  return roles as Role[];
}

export const createUserCommand: CliCommand = {
  name: 'create-user',
  summary: 'Create a user with roles and a jurisdiction; prints its API token once',
  usage: [
    '--name <name> --roles <role,...> [--towns <town,...>] [--departments <department,...>]',
    `roles: ${ROLES.join(', ')}; no --towns means the whole city`,
  ].join('\n'),
  options: {
    name: { type: 'string' },
    roles: { type: 'string' },
    towns: { type: 'string' },
    departments: { type: 'string' },
  },
  imports: [AuthModule],
  async run(app, values) {
    const name = typeof values.name === 'string' ? values.name.trim() : '';
    if (!name) throw new CliUsageError('--name is required');
    const { user, token } = app.get(UsersService).createUser({
      name,
      roles: rolesOf(values),
      towns: list(values.towns),
      departments: list(values.departments),
    });
    process.stdout.write(`${JSON.stringify(user, null, 2)}\n`);
    process.stdout.write(`token (shown only now, keep it safe): ${token}\n`);
    return 0;
  },
};
