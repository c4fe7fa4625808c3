import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { createHazardCasesSchema, dropHazardCasesSchema } from './projection/hazard-cases.schema';

export const READ_MODEL_DB = Symbol('READ_MODEL_DB');

export const readModelFile = (dataDir: string): string => join(dataDir, 'read-models.sqlite');

/**
 * The read-model database is derived data: it can always be rebuilt from the events, so it
 * trades the event store's fsync-per-commit for NORMAL (consistent after a crash, possibly a
 * few commits behind, which the checkpoint in the same database replays).
 */
export function openReadModelDatabase(file: string): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  // A list page reads a few rows of a table a million cases long; with SQLite's default 2 MB
  // page cache each of them is a read from the operating system.
  db.pragma('cache_size = -65536');
  createReadModelSchema(db);
  return db;
}

/** Bump when a read model's tables change: older files are then dropped and replayed. */
const READ_MODEL_SCHEMA_VERSION = 4;

export function createReadModelSchema(db: Database.Database): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS checkpoints (subscriber TEXT PRIMARY KEY, position INTEGER NOT NULL)',
  );
  if (db.pragma('user_version', { simple: true }) !== READ_MODEL_SCHEMA_VERSION) {
    dropReadModels(db);
    db.pragma(`user_version = ${READ_MODEL_SCHEMA_VERSION}`);
  }
  createHazardCasesSchema(db);
}

/** Empties every read model and its checkpoint, so the next projection run replays everything. */
export function dropReadModels(db: Database.Database): void {
  db.transaction(() => {
    dropHazardCasesSchema(db);
    db.exec('DELETE FROM checkpoints');
    createHazardCasesSchema(db);
  })();
}
