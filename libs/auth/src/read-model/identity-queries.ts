import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import type { Role } from '@hazard/domain';
import type { SessionState } from '../sessions/session-state';
import { publicUser } from '../users/user-state';
import type { User, UserState } from '../users/user-state';
import { IDENTITY_DB } from './identity-database';

export interface DirectoryFilter {
  role?: Role;
  /** Users whose jurisdiction covers this town (no towns = the whole city). */
  town?: string;
  /** Part of the name or the login. */
  q?: string;
  includeInactive?: boolean;
}

const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** What this instance's identity read model knows; it may lag the event store a little. */
@Injectable()
export class IdentityQueries {
  private readonly statements;

  constructor(@Inject(IDENTITY_DB) private readonly db: Database.Database) {
    this.statements = {
      user: db.prepare<[string], { state: string }>('SELECT state FROM users WHERE id = ?'),
      login: db.prepare<[string], { user_id: string }>(
        'SELECT user_id FROM logins WHERE login = ?',
      ),
      token: db.prepare<[string], { user_id: string }>(
        'SELECT user_id FROM api_tokens WHERE token_hash = ?',
      ),
      session: db.prepare<[string], { state: string }>(
        'SELECT state FROM sessions WHERE session_hash = ?',
      ),
    };
  }

  user(id: string): UserState | null {
    const row = this.statements.user.get(id);
    return row ? (JSON.parse(row.state) as UserState) : null;
  }

  userIdByLogin(login: string): string | null {
    return this.statements.login.get(login)?.user_id ?? null;
  }

  userIdByTokenHash(tokenHash: string): string | null {
    return this.statements.token.get(tokenHash)?.user_id ?? null;
  }

  session(sessionHash: string): SessionState | null {
    const row = this.statements.session.get(sessionHash);
    return row ? (JSON.parse(row.state) as SessionState) : null;
  }

  /** The directory for pickers, by name. */
  directory(filter: DirectoryFilter): User[] {
    const where: string[] = [];
    const params: string[] = [];
    if (!filter.includeInactive) where.push('active = 1');
    if (filter.role) {
      where.push(`EXISTS (SELECT 1 FROM json_each(state, '$.roles') WHERE value = ?)`);
      params.push(filter.role);
    }
    if (filter.town) {
      where.push(`(json_array_length(state, '$.towns') = 0
        OR EXISTS (SELECT 1 FROM json_each(state, '$.towns') WHERE value = ?))`);
      params.push(filter.town);
    }
    if (filter.q) {
      where.push(`(name LIKE ? ESCAPE '\\' OR login LIKE ? ESCAPE '\\')`);
      params.push(likePattern(filter.q), likePattern(filter.q));
    }
    const rows = this.db
      .prepare<string[], { state: string }>(
        `SELECT state FROM users ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY name, id`,
      )
      .all(...params);
    return rows.map((row) => publicUser(JSON.parse(row.state) as UserState));
  }
}
