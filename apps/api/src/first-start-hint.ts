import { Logger } from '@nestjs/common';
import type { INestApplicationContext } from '@nestjs/common';
import { UserDirectory } from '@hazard/auth';

/**
 * On a system with no user yet (a first plain `npm start`), how to get in: demo users, a user
 * of one's own through the CLI, or the built-in administrator's token.
 */
export function printFirstStartHint(
  app: INestApplicationContext,
  consoleUrl: string,
  adminToken: boolean,
): void {
  if (app.get(UserDirectory).list({ includeInactive: true }).length > 0) return;
  const token = adminToken
    ? 'ADMIN_TOKEN is set: the API answers "Authorization: Bearer $ADMIN_TOKEN" as the administrator'
    : 'ADMIN_TOKEN=<16 or more characters> npm start   the built-in administrator, for the API';
  new Logger('Bootstrap').log(
    [
      `No user yet. To get into the console at ${consoleUrl}:`,
      '  npm start -- --demo   demo data and demo users (their logins and passwords are printed once)',
      '  npm run cli -- create-user --name 管理员 --roles admin --login admin --password -',
      '                        a user of your own (the password is read from stdin)',
      `  ${token}`,
    ].join('\n'),
  );
}
