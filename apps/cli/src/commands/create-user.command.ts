import { ROLES } from '@hazard/domain';
import type { Role } from '@hazard/domain';
import { CliUsageError } from '../cli-command';
import type { CliCommand, CliValues } from '../cli-command';
import { CLI_ACTOR, passwordOf } from './cli-password';

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
    '       [--login <login> [--password <password> | --password -]]',
    `roles: ${ROLES.join(', ')}; no --towns means the whole city`,
    'a login and password let the user sign in to the console; --password - reads it from stdin',
  ].join('\n'),
  options: {
    name: { type: 'string' },
    login: { type: 'string' },
    password: { type: 'string' },
    roles: { type: 'string' },
    towns: { type: 'string' },
    departments: { type: 'string' },
  },
  imports: async () => [(await import('@hazard/auth')).UserAccountsModule],
  async run(app, values) {
    const { UsersService } = await import('@hazard/auth');
    const name = typeof values.name === 'string' ? values.name.trim() : '';
    if (!name) throw new CliUsageError('--name is required');
    const roles = rolesOf(values);
    const { user, token } = await app.get(UsersService).createUser(
      {
        name,
        login: typeof values.login === 'string' ? values.login : null,
        password: await passwordOf(values),
        roles,
        towns: list(values.towns),
        departments: list(values.departments),
      },
      CLI_ACTOR,
    );
    process.stdout.write(`${JSON.stringify(user, null, 2)}\n`);
    process.stdout.write(`token (shown only now, keep it safe): ${token}\n`);
    return 0;
  },
};
