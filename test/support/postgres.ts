import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from './free-port';

export interface TestPostgres {
  host: string;
  port: number;
  user: string;
  /** A new, empty database of its own, as a postgres:// URL; dropped by stop(). */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

interface Server {
  port: number;
  user: string;
  /** Stops what was started for the tests (nothing for the machine's server). */
  shutdown(): Promise<void>;
}

const HOST = '127.0.0.1';
const MACHINE_PORT = 5432;

/**
 * A PostgreSQL for one test file, isolated either way: fresh databases (`hazard_test_<random>`)
 * on the machine's server at 127.0.0.1:5432 when it answers with trust authentication
 * (as `postgres` or the current user), else a private instance made with `initdb` and
 * started with `pg_ctl` on a free port in a temporary directory. stop() drops the databases
 * and stops the private instance.
 */
export async function startPostgres(): Promise<TestPostgres> {
  const server = (await machineServer()) ?? (await privateInstance());
  const url = (database: string) =>
    `postgres://${encodeURIComponent(server.user)}@${HOST}:${server.port}/${database}`;
  const created: string[] = [];
  const admin = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: url('postgres') });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    host: HOST,
    port: server.port,
    user: server.user,
    async createDatabase() {
      const name = `hazard_test_${randomBytes(6).toString('hex')}`;
      await admin((client) => client.query(`CREATE DATABASE ${name}`));
      created.push(name);
      return url(name);
    },
    async stop() {
      // FORCE: a connection a failed test left open must not keep the database alive.
      await admin(async (client) => {
        for (const name of created.splice(0)) {
          await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        }
      });
      await server.shutdown();
    },
  };
}

async function answers(port: number, user: string): Promise<boolean> {
  const client = new Client({
    host: HOST,
    port,
    user,
    database: 'postgres',
    connectionTimeoutMillis: 2000,
  });
  // A refused connection also emits 'error' on the client; connect() reports it.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function machineServer(): Promise<Server | null> {
  for (const user of new Set(['postgres', userInfo().username])) {
    if (await answers(MACHINE_PORT, user)) {
      return { port: MACHINE_PORT, user, shutdown: async () => undefined };
    }
  }
  return null;
}

/** The directory of initdb and pg_ctl: the PATH, /usr/local/bin, or the newest Debian build. */
function postgresBin(): string {
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  if (onPath.status === 0 && onPath.stdout.trim()) return join(onPath.stdout.trim(), '..');
  if (existsSync('/usr/local/bin/initdb')) return '/usr/local/bin';
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian)
    ? readdirSync(debian)
        .filter((v) => existsSync(join(debian, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error(
      'no PostgreSQL answers at 127.0.0.1:5432 and initdb is not installed (apt-get install -y postgresql)',
    );
  }
  return join(debian, versions[0], 'bin');
}

/**
 * initdb + pg_ctl in a temporary directory. PostgreSQL refuses to run as root, so as root
 * the instance runs as the `postgres` system user, which owns the directory.
 */
async function privateInstance(): Promise<Server> {
  const bin = postgresBin();
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'hazard-postgres-'));
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) => {
    const command = asRoot ? 'runuser' : join(bin, tool);
    const argv = asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args;
    execFileSync(command, argv, { stdio: 'pipe', cwd: dir });
  };
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const user = 'postgres';
  try {
    run('initdb', ['-D', data, '-U', user, '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const options = `-p ${port} -c listen_addresses=${HOST} -k ${dir}`;
    run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', 'start']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    port,
    user,
    shutdown: async () => {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
