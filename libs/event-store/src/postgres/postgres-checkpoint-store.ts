import { Pool } from 'pg';
import type {
  Checkpoint,
  CheckpointedWrite,
  ClosableCheckpointStore,
  Lease,
} from '../checkpoints/checkpoint-store';
import { toStoreError } from './postgres-errors';
import { PostgresLease } from './postgres-lease';
import { createSchema } from './postgres-schema';

const TABLE = `CREATE TABLE IF NOT EXISTS checkpoints (
  subscriber text    PRIMARY KEY,
  position   bigint,
  version    integer NOT NULL DEFAULT 0
)`;

/**
 * Checkpoints in PostgreSQL, for work that every replica shares (deadline scheduling,
 * digest issuing): each replica reads and moves the same checkpoint. Within one version it
 * never moves back, so a replica that lags behind does not undo the progress of one ahead of
 * it; a new version, or an explicit reset to the start (a rebuild), replaces it. Such work
 * writes elsewhere (Redis), so a `write` given here runs first, at-least-once. Each
 * subscriber has a lease (an advisory lock), so that one replica at a time follows it.
 */
export class PostgresCheckpointStore implements ClosableCheckpointStore {
  private readonly pool: Pool;
  private table: Promise<void> | null = null;

  constructor(private readonly connectionString: string) {
    this.pool = new Pool({ connectionString, max: 2, connectionTimeoutMillis: 10_000 });
    this.pool.on('error', () => undefined);
  }

  async load(subscriber: string): Promise<Checkpoint | null> {
    const { rows } = await this.query<{ position: string | null; version: number }>(
      'SELECT position, version FROM checkpoints WHERE subscriber = $1',
      [subscriber],
    );
    if (rows.length === 0) return null;
    const [{ position, version }] = rows;
    return { position: position === null ? null : BigInt(position), version };
  }

  async save(subscriber: string, checkpoint: Checkpoint, write?: CheckpointedWrite): Promise<void> {
    write?.();
    const position = checkpoint.position === null ? null : String(checkpoint.position);
    await this.query(
      `INSERT INTO checkpoints (subscriber, position, version) VALUES ($1, $2, $3)
       ON CONFLICT (subscriber) DO UPDATE SET
         position = CASE
           WHEN excluded.position IS NULL OR checkpoints.version <> excluded.version
             OR checkpoints.position IS NULL THEN excluded.position
           ELSE greatest(checkpoints.position, excluded.position) END,
         version = excluded.version`,
      [subscriber, position, checkpoint.version],
    );
  }

  lease(subscriber: string): Lease {
    return new PostgresLease(this.connectionString, subscriber);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async query<R extends object>(text: string, values: unknown[]) {
    try {
      this.table ??= createSchema(this.pool, [TABLE]);
      await this.table;
      return await this.pool.query<R>(text, values);
    } catch (error) {
      this.table = null;
      throw toStoreError(error);
    }
  }
}
