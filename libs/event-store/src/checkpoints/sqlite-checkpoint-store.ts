import type Database from 'better-sqlite3';
import type { CheckpointStore } from './checkpoint-store';

/**
 * Checkpoints kept in the same SQLite database as the read models they guard, so a read
 * model and its checkpoint can be written in one transaction.
 */
export class SqliteCheckpointStore implements CheckpointStore {
  private readonly get;
  private readonly put;

  constructor(db: Database.Database) {
    db.exec(
      'CREATE TABLE IF NOT EXISTS checkpoints (subscriber TEXT PRIMARY KEY, position INTEGER NOT NULL)',
    );
    this.get = db.prepare<[string], { position: number }>(
      'SELECT position FROM checkpoints WHERE subscriber = ?',
    );
    this.put = db.prepare<[string, number]>(
      `INSERT INTO checkpoints (subscriber, position) VALUES (?, ?)
       ON CONFLICT (subscriber) DO UPDATE SET position = excluded.position`,
    );
  }

  async load(subscriber: string): Promise<bigint | null> {
    const row = this.get.get(subscriber);
    return row ? BigInt(row.position) : null;
  }

  async save(subscriber: string, position: bigint): Promise<void> {
    this.put.run(subscriber, Number(position));
  }
}
