import { CliUsageError } from '../cli-command';
import type { CliCommand } from '../cli-command';
import { CLI_ACTOR, passwordOf } from './cli-password';

export const setPasswordCommand: CliCommand = {
  name: 'set-password',
  summary: "Set or reset a user's console password; their sessions end",
  usage: [
    '(--login <login> | --id <user id>) (--password <password> | --password -)',
    '--password - reads the password from stdin, keeping it out of the shell history',
  ].join('\n'),
  options: {
    login: { type: 'string' },
    id: { type: 'string' },
    password: { type: 'string' },
  },
  imports: async () => [(await import('@hazard/auth')).UserAccountsModule],
  async run(app, values) {
    const { UsersService } = await import('@hazard/auth');
    const users = app.get(UsersService);
    const { login, id } = values;
    if ((typeof login === 'string') === (typeof id === 'string')) {
      throw new CliUsageError('give either --login or --id');
    }
    const password = await passwordOf(values);
    if (password === undefined) throw new CliUsageError('--password is required');
    const userId = typeof login === 'string' ? await users.userIdOfLogin(login) : String(id);
    if (!userId) throw new CliUsageError(`no user has the login "${String(login)}"`);
    await users.setPassword(userId, password, CLI_ACTOR);
    process.stdout.write(`password set for user ${userId}; their sessions have ended\n`);
    return 0;
  },
};
