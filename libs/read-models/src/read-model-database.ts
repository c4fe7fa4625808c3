import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { createHazardCasesTables } from './projection/hazard-cases.schema';

export const READ_MODEL_DB = Symbol('READ_MODEL_DB');

export const readModelFile = (dataDir: string): string => join(dataDir, 'read-models.sqlite');

/**
 * The read-model database is derived data: it can always be rebuilt from the events, so it
 * trades the event store's fsync-per-commit for NORMAL (consistent after a crash, possibly a
 * few commits behind, which the checkpoint in the same database replays). A read model of
 * another version is emptied and replayed by its projection when it starts; its indexes are
 * built by the projection once caught up (a table of an older layout may lack their columns).
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
  createHazardCasesTables(db);
  return db;
}
