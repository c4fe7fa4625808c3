import type { RecordedEvent } from '@hazard/event-store';
import type { PasswordHash } from '../credentials/password-hash';
import type { UserEvent, UserProfile } from './user-events';

/** A user as their stream tells it. */
export interface UserState extends UserProfile {
  id: string;
  login: string | null;
  active: boolean;
  createdAt: string;
  password: PasswordHash | null;
  /** SHA-256 (hex) of each API token that works. */
  tokenHashes: string[];
  /** Sessions begun at an earlier revision of this stream are void (a password set, a deactivation). */
  sessionsValidFrom: number;
  /** Revision of the last event folded in. */
  revision: number;
}

/** What anyone may know about a user: no hashes. */
export interface User extends UserProfile {
  id: string;
  unitId: string | null;
  login: string | null;
  active: boolean;
  createdAt: string;
}

export const publicUser = (state: UserState): User => ({
  id: state.id,
  name: state.name,
  login: state.login,
  roles: state.roles,
  towns: state.towns,
  departments: state.departments,
  unitId: state.unitId ?? null,
  active: state.active,
  createdAt: state.createdAt,
});

/** What folding needs of a stored event: its place in the stream and when it happened. */
export type StreamEvent = Pick<RecordedEvent, 'type' | 'data' | 'metadata' | 'revision'>;

const occurredAt = (event: StreamEvent): string => String(event.metadata.occurredAt ?? '');

/** Applies one event of a user's stream; the read model folds with this same function. */
export function evolveUser(state: UserState | null, recorded: StreamEvent): UserState | null {
  const event = { type: recorded.type, data: recorded.data } as UserEvent;
  const revision = recorded.revision;
  if (event.type === 'UserCreated') {
    const { userId, login, name, roles, towns, departments, unitId } = event.data;
    return {
      id: userId,
      login,
      name,
      roles,
      towns,
      departments,
      unitId: unitId ?? null,
      active: true,
      createdAt: occurredAt(recorded),
      password: null,
      tokenHashes: [],
      sessionsValidFrom: 0,
      revision,
    };
  }
  if (!state) return null;
  switch (event.type) {
    case 'UserAmended':
      return { ...state, ...event.data, revision };
    case 'LoginAssigned':
      return { ...state, login: event.data.login, revision };
    case 'PasswordSet':
      return { ...state, password: event.data.password, sessionsValidFrom: revision, revision };
    case 'ApiTokenIssued':
      return { ...state, tokenHashes: [...state.tokenHashes, event.data.tokenHash], revision };
    case 'ApiTokensRevoked':
      return { ...state, tokenHashes: [], revision };
    case 'UserDeactivated':
      return { ...state, active: false, sessionsValidFrom: revision, revision };
    case 'UserReactivated':
      return { ...state, active: true, revision };
    default: {
      // A type this build does not know (written by a newer one) changes nothing it knows.
      const _exhaustive: never = event;
      return { ...state, revision };
    }
  }
}

export const foldUser = (events: StreamEvent[]): UserState | null =>
  events.reduce<UserState | null>(evolveUser, null);
