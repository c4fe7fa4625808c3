import { runCli } from '../support/cli-process';
import { startRedis } from '../support/redis-server';
import type { TestRedis } from '../support/redis-server';
import { startTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';
import { tempDir } from '../support/temp-dir';

const FIRST = '南安市安委办-初始密码';
const SECOND = '南安市安委办-重置密码';

/** An operator on the machine creates people who sign in, and resets their passwords. */
describe('cli create-user --login --password and set-password', () => {
  const dataDir = tempDir('hazard-users-cli-');
  let redis: TestRedis;
  let t: TestApp;
  const cli = (args: string[], stdin?: string) =>
    runCli(args, { DATA_DIR: dataDir.path, REDIS_URL: redis.url }, stdin);

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(() => t.close());

  it('creates a user who signs in with the password read from stdin', async () => {
    const created = await cli(
      [
        'create-user',
        '--name',
        '安委会办公室',
        '--roles',
        'committee',
        '--login',
        'AnWeiBan',
        '--password',
        '-',
      ],
      `${FIRST}\n`,
    );
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toContain('"login": "anweiban"');
    expect(created.stdout).toMatch(
      /token \(shown only now, keep it safe\): hz_[\w-]{22}\.[\w-]{43}/,
    );
    expect(created.stdout).not.toContain(FIRST);
    t = await startTestApp({ dataDir, redis });
    const session = await t.signIn('anweiban', FIRST);
    await t.http().get('/api/me').set(session.headers).expect(200);
  });

  it('resets a password while the API runs: the new one signs in at once, old sessions end', async () => {
    const session = await t.signIn('anweiban', FIRST);
    const reset = await cli(['set-password', '--login', 'anweiban', '--password', '-'], SECOND);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toMatch(
      /^password set for user [0-9a-f-]{36}; their sessions have ended\n$/,
    );
    await t.http().post('/api/session').send({ login: 'anweiban', password: FIRST }).expect(401);
    await t.signIn('anweiban', SECOND);
    for (let i = 0; ; i++) {
      const status = (await t.http().get('/api/me').set(session.headers)).status;
      if (status === 401) break;
      if (i === 200) throw new Error('the old session still works');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  });

  it('refuses a short password, a taken login and an unknown login, in one line', async () => {
    const cases: Array<[string[], number, string]> = [
      [
        [
          'create-user',
          '--name',
          '张三',
          '--roles',
          'viewer',
          '--login',
          'zhangsan',
          '--password',
          'short',
        ],
        1,
        'password must be 10 to 256 characters\n',
      ],
      [
        ['create-user', '--name', '李四', '--roles', 'viewer', '--login', 'ANWEIBAN'],
        1,
        'the login "anweiban" is already taken\n',
      ],
      [
        ['set-password', '--login', 'nobody', '--password', SECOND],
        2,
        'no user has the login "nobody"\n',
      ],
    ];
    for (const [args, code, stderr] of cases) {
      const outcome = await cli(args);
      expect({ args, code: outcome.code, stderr: outcome.stderr }).toEqual({ args, code, stderr });
    }
  });
});
