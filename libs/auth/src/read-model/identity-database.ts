import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';

export const IDENTITY_DB = Symbol('IDENTITY_DB');

/** Not `users.sqlite`: that name belongs to the file of the old, per-instance user store. */
export const identityFile = (dataDir: string): string => join(dataDir, 'identity.sqlite');

/**
 * This instance's copy of who may sign in: derived from the events, disposable (delete the
 * file and it is rebuilt), so NORMAL durability is enough, as for the other read models.
 */
export function openIdentityDatabase(file: string): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(`
    CREATE TABLE IF NOT EXISTS users (
      id     TEXT PRIMARY KEY,
      name   TEXT NOT NULL,
      login  TEXT,
      active INTEGER NOT NULL,
      -- the folded user, without the password hash, which only sign-in reads (from the stream)
      state  TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS logins (login TEXT PRIMARY KEY, user_id TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS api_tokens (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS api_tokens_by_user ON api_tokens (user_id);
    CREATE TABLE IF NOT EXISTS sessions (session_hash TEXT PRIMARY KEY, state TEXT NOT NULL);
  `);
  return db;
}
