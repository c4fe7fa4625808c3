import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { User } from './user';

interface UserRow {
  id: string;
  name: string;
  roles: string;
  towns: string;
  departments: string;
  created_at: string;
}

const toUser = (row: UserRow): User => ({
  id: row.id,
  name: row.name,
  roles: JSON.parse(row.roles),
  towns: JSON.parse(row.towns),
  departments: JSON.parse(row.departments),
  createdAt: row.created_at,
});

/**
 * Users and their token hashes. Users are not events: they are configuration of who may
 * act, and a token must be revocable without rewriting history.
 */
export class SqliteUserStore {
  private readonly db: Database.Database;
  private readonly insertStatement: Database.Statement;
  private readonly byTokenHash: Database.Statement<[Buffer], UserRow>;
  private readonly byId: Database.Statement<[string], UserRow>;

  constructor(file: string) {
    mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS users (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      roles TEXT NOT NULL,
      towns TEXT NOT NULL,
      departments TEXT NOT NULL,
      token_hash BLOB NOT NULL UNIQUE,
      created_at TEXT NOT NULL
    )`);
    this.insertStatement = this.db.prepare(
      `INSERT INTO users (id, name, roles, towns, departments, token_hash, created_at)
       VALUES (@id, @name, @roles, @towns, @departments, @tokenHash, @createdAt)`,
    );
    this.byTokenHash = this.db.prepare('SELECT * FROM users WHERE token_hash = ?');
    this.byId = this.db.prepare('SELECT * FROM users WHERE id = ?');
  }

  insert(user: User, tokenHash: Buffer): void {
    this.insertStatement.run({
      ...user,
      roles: JSON.stringify(user.roles),
      towns: JSON.stringify(user.towns),
      departments: JSON.stringify(user.departments),
      tokenHash,
    });
  }

  findByTokenHash(tokenHash: Buffer): User | null {
    const row = this.byTokenHash.get(tokenHash);
    return row ? toUser(row) : null;
  }

  findById(id: string): User | null {
    const row = this.byId.get(id);
    return row ? toUser(row) : null;
  }

  close(): void {
    this.db.close();
  }
}
