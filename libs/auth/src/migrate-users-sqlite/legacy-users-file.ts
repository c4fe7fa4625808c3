import Database from 'better-sqlite3';
import type { Role } from '@hazard/domain';

/** A row of the `users` table that the per-instance user store kept before users were events. */
export interface LegacyUser {
  id: string;
  name: string;
  roles: Role[];
  towns: string[];
  departments: string[];
  /** SHA-256 of the user's API token. */
  tokenHash: Buffer;
  createdAt: string;
}

interface Row {
  id: string;
  name: string;
  roles: string;
  towns: string;
  departments: string;
  token_hash: Buffer;
  created_at: string;
}

/** Reads the old file without writing to it: it is left exactly as it was. */
export function readLegacyUsers(file: string): LegacyUser[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare<[], Row>(
        'SELECT id, name, roles, towns, departments, token_hash, created_at FROM users ORDER BY rowid',
      )
      .all()
      .map((row) => ({
        id: row.id,
        name: row.name,
        roles: JSON.parse(row.roles),
        towns: JSON.parse(row.towns),
        departments: JSON.parse(row.departments),
        tokenHash: row.token_hash,
        createdAt: row.created_at,
      }));
  } finally {
    db.close();
  }
}
