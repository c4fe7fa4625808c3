import { Client } from 'pg';
import type { HeldLease, Lease } from '../checkpoints/checkpoint-store';
import { toStoreError } from './postgres-errors';

/**
 * Seconds of silence after which the server probes a lease holder's connection, the probes'
 * interval and count: a holder whose machine vanished loses the lease after about 25 s,
 * instead of after the system's default of two hours.
 */
const KEEPALIVE = { idle: 10, interval: 5, count: 3 };

/**
 * A session-level advisory lock on a connection of its own, keyed by the subscriber's name.
 * The server releases it as soon as the connection ends: a holder that stops, crashes or is
 * killed hands it over at once, and one whose machine or network is gone after the keepalive
 * probes fail. A holder that is frozen but still connected (SIGSTOP) keeps it until it goes.
 * No transaction stays open on the connection, so the event store's visibility horizon is
 * never held back by it.
 */
export class PostgresLease implements Lease {
  constructor(
    private readonly connectionString: string,
    private readonly name: string,
  ) {}

  async tryTake(): Promise<HeldLease | null> {
    const client = new Client({
      connectionString: this.connectionString,
      connectionTimeoutMillis: 10_000,
      keepAlive: true,
      keepAliveInitialDelayMillis: KEEPALIVE.idle * 1000,
    });
    const lost = new Promise<void>((resolve) => {
      // Always listened to: an 'error' nobody hears would end the process.
      client.on('error', () => resolve());
      client.once('end', () => resolve());
    });
    try {
      await client.connect();
      await client.query(
        `SET tcp_keepalives_idle = ${KEEPALIVE.idle};
         SET tcp_keepalives_interval = ${KEEPALIVE.interval};
         SET tcp_keepalives_count = ${KEEPALIVE.count}`,
      );
      const { rows } = await client.query<{ taken: boolean }>(
        'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS taken',
        [`lease/${this.name}`],
      );
      if (!rows[0].taken) {
        await client.end();
        return null;
      }
    } catch (error) {
      await client.end().catch(() => undefined);
      throw toStoreError(error);
    }
    return { lost, release: () => client.end().catch(() => undefined) };
  }
}
