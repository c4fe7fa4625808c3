import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { PostgresEventStore, SqliteEventStore } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import { hashSecret } from '../../libs/auth/src/credentials/secrets';
import { openIdentityDatabase } from '../../libs/auth/src/read-model/identity-database';
import { ProjectionRunner } from '@hazard/event-store';
import { UsersProjection } from '../../libs/auth/src/read-model/users.projection';
import { IdentityQueries } from '../../libs/auth/src/read-model/identity-queries';
import { handleUserCommand } from '../../libs/auth/src/users/handle-user-command';
import type { UserCommand } from '../../libs/auth/src/users/decide-user';
import { startPostgres } from '../support/postgres';
import { tempDir } from '../support/temp-dir';
import type { TempDir } from '../support/temp-dir';
import { percentile } from './load';
import type { Report } from './run';

const S = 'identity';
const REVOCATIONS = 40;

/**
 * How long a token revoked through one instance keeps working on another: the time from the
 * acknowledged ApiTokensRevoked to the other instance's read model no longer knowing the
 * token. Two store connections on one store, as two processes would have: on SQLite the other
 * instance learns of appends by polling, as it would across processes (or from EventStoreDB);
 * on PostgreSQL a NOTIFY wakes it. Read marks reach the other instances' inboxes the same way
 * (the same runner, the same wake-ups).
 */
export async function run(report: Report): Promise<void> {
  report(S, `machine: ${cpus().length} CPUs, load average (1 min)`, loadavg()[0]);
  const dir = tempDir('hazard-bench-identity-');
  const postgres = await startPostgres();
  try {
    const file = dir.file('events.sqlite');
    await revocationLag(
      report,
      'SQLite',
      dir,
      new SqliteEventStore(file),
      new SqliteEventStore(file),
    );
    const url = await postgres.createDatabase();
    await revocationLag(
      report,
      'PostgreSQL',
      dir,
      new PostgresEventStore(url),
      new PostgresEventStore(url),
    );
  } finally {
    await postgres.stop();
    dir.remove();
  }
}

async function revocationLag(
  report: Report,
  storeName: string,
  dir: TempDir,
  writer: EventStore,
  reader: EventStore,
): Promise<void> {
  const db = openIdentityDatabase(dir.file(`identity-${storeName}.sqlite`));
  const replica = new ProjectionRunner(reader, new UsersProjection(db));
  const queries = new IdentityQueries(db);
  await replica.onApplicationBootstrap();
  try {
    const lags: number[] = [];
    for (let i = 0; i < REVOCATIONS; i++) {
      const userId = randomUUID();
      const tokenHash = hashSecret(`hz_bench_${userId}`);
      await command(writer, userId, {
        type: 'CreateUser',
        data: {
          name: `用户 ${i}`,
          login: null,
          roles: ['viewer'],
          towns: [],
          departments: [],
          password: null,
          tokenHash,
        },
      });
      while (queries.userIdByTokenHash(tokenHash) === null) await tick();
      // Revocations land at any moment of the other instance's poll cycle.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 300));
      await command(writer, userId, { type: 'RevokeApiTokens' });
      const revokedAt = performance.now();
      while (queries.userIdByTokenHash(tokenHash) !== null) await tick();
      lags.push(performance.now() - revokedAt);
    }
    const sorted = lags.sort((a, b) => a - b);
    report(
      S,
      `${storeName}: revocation seen by another instance, ${REVOCATIONS} tokens: p50`,
      percentile(sorted, 0.5),
      'ms',
    );
    report(S, '  p99', percentile(sorted, 0.99), 'ms');
    report(S, '  max', sorted[sorted.length - 1], 'ms');
  } finally {
    await replica.beforeApplicationShutdown();
    db.close();
    await reader.close();
    await writer.close();
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

const command = (store: EventStore, userId: string, userCommand: UserCommand) =>
  handleUserCommand(store, userId, userCommand, {
    actor: { userId: 'bench', name: 'bench', role: 'admin' },
    commandId: randomUUID(),
    now: new Date(),
    timeZone: 'Asia/Shanghai',
  });
