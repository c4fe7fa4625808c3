import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { PostgresCheckpointStore } from '../postgres/postgres-checkpoint-store';
import type { ClosableCheckpointStore } from './checkpoint-store';
import { SqliteCheckpointStore } from './sqlite-checkpoint-store';

export interface SharedCheckpointSettings {
  /** The PostgreSQL event store's URL, when that is the store. */
  eventStoreUrl?: string;
  /** The local SQLite file otherwise. */
  file: string;
}

/** A SqliteCheckpointStore on a file of its own, which it closes. */
class SqliteFileCheckpointStore extends SqliteCheckpointStore implements ClosableCheckpointStore {
  constructor(private readonly db: Database.Database) {
    super(db);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/**
 * Where work that every worker replica shares (deadline scheduling) keeps its checkpoint: in
 * PostgreSQL beside the events when that is the store, so that every replica sees and moves
 * the same one (and one replica at a time holds its lease); else in a local SQLite file,
 * which is all that one process on the embedded store needs.
 */
export function openSharedCheckpoints(settings: SharedCheckpointSettings): ClosableCheckpointStore {
  if (settings.eventStoreUrl) return new PostgresCheckpointStore(settings.eventStoreUrl);
  mkdirSync(dirname(settings.file), { recursive: true });
  const db = new Database(settings.file);
  db.pragma('journal_mode = WAL');
  return new SqliteFileCheckpointStore(db);
}
