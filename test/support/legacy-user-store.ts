import { createHash, randomBytes, randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Role } from '@hazard/domain';

export interface LegacyTestUser {
  id: string;
  name: string;
  roles: Role[];
  towns: string[];
  departments: string[];
  createdAt: string;
  token: string;
}

/**
 * `DATA_DIR/users.sqlite` as the user store kept it before users were events: the schema,
 * pragmas, token format and insert of libs/auth/src/sqlite-user-store.ts and token.ts at
 * commit 109b67a, so that the migration is tried on what old installs really hold.
 */
export class LegacyUserStore {
  private readonly db: Database.Database;

  constructor(file: string) {
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
  }

  createUser(user: Omit<LegacyTestUser, 'id' | 'token'>): LegacyTestUser {
    const token = `hz_${randomBytes(32).toString('base64url')}`;
    const created = { ...user, id: randomUUID(), token };
    this.db
      .prepare(
        `INSERT INTO users (id, name, roles, towns, departments, token_hash, created_at)
         VALUES (@id, @name, @roles, @towns, @departments, @tokenHash, @createdAt)`,
      )
      .run({
        id: created.id,
        name: user.name,
        roles: JSON.stringify(user.roles),
        towns: JSON.stringify(user.towns),
        departments: JSON.stringify(user.departments),
        tokenHash: createHash('sha256').update(token).digest(),
        createdAt: user.createdAt,
      });
    return created;
  }

  close(): void {
    this.db.close();
  }
}
