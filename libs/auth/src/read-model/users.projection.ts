import type Database from 'better-sqlite3';
import { SqliteCheckpointStore } from '@hazard/event-store';
import type { CheckpointedWrite, Projection, RecordedEvent } from '@hazard/event-store';
import { evolveSession } from '../sessions/session-state';
import type { SessionState } from '../sessions/session-state';
import {
  LOGIN_STREAM_PREFIX,
  SESSION_STREAM_PREFIX,
  USER_STREAM_PREFIX,
} from '../users/identity-streams';
import type { LoginReserved } from '../users/user-events';
import { evolveUser } from '../users/user-state';
import type { UserState } from '../users/user-state';

/**
 * Users, login claims, API token hashes and sessions, folded with the same functions the
 * command side uses, committed with the checkpoint in one transaction of the identity
 * database; an event at or below the revision a row already reflects (redelivery) changes
 * nothing.
 */
export class UsersProjection implements Projection {
  readonly name = 'identity/users';
  /** Bump when the tables or what they hold change: the runner then truncates and replays. */
  readonly version = 1;
  readonly checkpoints: SqliteCheckpointStore;
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.checkpoints = new SqliteCheckpointStore(db);
    this.statements = {
      user: db.prepare<[string], { state: string }>('SELECT state FROM users WHERE id = ?'),
      putUser: db.prepare<[string, string, string | null, number, string]>(
        `INSERT INTO users (id, name, login, active, state) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, login = excluded.login,
           active = excluded.active, state = excluded.state`,
      ),
      dropTokens: db.prepare<[string]>('DELETE FROM api_tokens WHERE user_id = ?'),
      putToken: db.prepare<[string, string]>(
        'INSERT OR REPLACE INTO api_tokens (token_hash, user_id) VALUES (?, ?)',
      ),
      putLogin: db.prepare<[string, string]>(
        'INSERT OR REPLACE INTO logins (login, user_id) VALUES (?, ?)',
      ),
      session: db.prepare<[string], { state: string }>(
        'SELECT state FROM sessions WHERE session_hash = ?',
      ),
      putSession: db.prepare<[string, string]>(
        'INSERT OR REPLACE INTO sessions (session_hash, state) VALUES (?, ?)',
      ),
    };
  }

  handles(event: RecordedEvent): event is RecordedEvent {
    const { streamId } = event;
    return (
      streamId.startsWith(USER_STREAM_PREFIX) ||
      streamId.startsWith(LOGIN_STREAM_PREFIX) ||
      streamId.startsWith(SESSION_STREAM_PREFIX)
    );
  }

  handle(events: RecordedEvent[]): CheckpointedWrite {
    return () => events.forEach((event) => this.apply(event));
  }

  truncate(): CheckpointedWrite {
    return () =>
      this.db.exec(
        'DELETE FROM users; DELETE FROM logins; DELETE FROM api_tokens; DELETE FROM sessions',
      );
  }

  private apply(event: RecordedEvent): void {
    const { streamId } = event;
    if (streamId.startsWith(USER_STREAM_PREFIX)) this.applyToUser(event);
    else if (streamId.startsWith(LOGIN_STREAM_PREFIX) && event.type === 'LoginReserved') {
      const { login, userId } = event.data as LoginReserved['data'];
      this.statements.putLogin.run(login, userId);
    } else if (streamId.startsWith(SESSION_STREAM_PREFIX)) {
      this.applyToSession(streamId.slice(SESSION_STREAM_PREFIX.length), event);
    }
  }

  private applyToUser(event: RecordedEvent): void {
    const row = this.statements.user.get(event.streamId.slice(USER_STREAM_PREFIX.length));
    const before = row ? (JSON.parse(row.state) as UserState) : null;
    if (before && before.revision >= event.revision) return;
    const after = evolveUser(before, event);
    if (!after) return;
    this.statements.putUser.run(
      after.id,
      after.name,
      after.login,
      after.active ? 1 : 0,
      JSON.stringify({ ...after, password: null }),
    );
    if (before?.tokenHashes.join() === after.tokenHashes.join()) return;
    this.statements.dropTokens.run(after.id);
    for (const hash of after.tokenHashes) this.statements.putToken.run(hash, after.id);
  }

  private applyToSession(sessionHash: string, event: RecordedEvent): void {
    const row = this.statements.session.get(sessionHash);
    const before = row ? (JSON.parse(row.state) as SessionState) : null;
    if (before && before.revision >= event.revision) return;
    const after = evolveSession(before, event);
    if (after) this.statements.putSession.run(sessionHash, JSON.stringify(after));
  }
}
