import { Pool } from 'pg';
import type { CheckpointStore } from '../checkpoints/checkpoint-store';
import { toStoreError } from './postgres-errors';
import { createSchema } from './postgres-schema';

const TABLE = `CREATE TABLE IF NOT EXISTS checkpoints (
  subscriber text PRIMARY KEY,
  position   bigint NOT NULL
)`;

/**
 * Checkpoints in PostgreSQL, for work that every replica shares (deadline scheduling,
 * digest issuing): each replica reads and moves the same checkpoint. It never moves back,
 * so a replica that lags behind does not undo the progress of one ahead of it.
 */
export class PostgresCheckpointStore implements CheckpointStore {
  private readonly pool: Pool;
  private table: Promise<void> | null = null;

  constructor(connectionString: string) {
    this.pool = new Pool({ connectionString, max: 2, connectionTimeoutMillis: 10_000 });
    this.pool.on('error', () => undefined);
  }

  async load(subscriber: string): Promise<bigint | null> {
    const { rows } = await this.query<{ position: string }>(
      'SELECT position FROM checkpoints WHERE subscriber = $1',
      [subscriber],
    );
    return rows.length > 0 ? BigInt(rows[0].position) : null;
  }

  async save(subscriber: string, position: bigint): Promise<void> {
    await this.query(
      `INSERT INTO checkpoints (subscriber, position) VALUES ($1, $2)
       ON CONFLICT (subscriber) DO UPDATE
       SET position = greatest(checkpoints.position, excluded.position)`,
      [subscriber, String(position)],
    );
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
