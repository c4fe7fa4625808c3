import { ValidationFailedError } from '@hazard/domain';
import type { PasswordHash } from '../credentials/password-hash';
import { UserNotFoundError } from './user-errors';
import type { UserEvent, UserProfile } from './user-events';
import type { UserState } from './user-state';

/** What may be asked of a user's stream. Hashes are computed before: decisions stay pure. */
export type UserCommand =
  | {
      type: 'CreateUser';
      data: UserProfile & {
        login: string | null;
        password: PasswordHash | null;
        tokenHash: string;
      };
    }
  | { type: 'AmendUser'; data: Partial<UserProfile> }
  /** Only once the login is claimed (login-claims.ts). */
  | { type: 'AssignLogin'; data: { login: string } }
  | { type: 'SetPassword'; data: { password: PasswordHash } }
  | { type: 'IssueApiToken'; data: { tokenHash: string } }
  | { type: 'RevokeApiTokens' }
  | { type: 'DeactivateUser' }
  | { type: 'ReactivateUser' };

/** A login names a person in the history of every case they touched: it never changes. */
export const LOGIN_IS_FINAL = 'is already set and cannot be changed';

const unique = <T>(values: T[]): T[] => [...new Set(values)];

const sameList = (a: string[], b: string[]): boolean =>
  a.length === b.length && a.every((value, i) => value === b[i]);

/** Only the fields that change; nothing at all when the amendment changes nothing. */
function amendment(state: UserState, changes: Partial<UserProfile>): Partial<UserProfile> {
  const changed: Partial<UserProfile> = {};
  if (changes.name !== undefined && changes.name !== state.name) changed.name = changes.name;
  if (changes.unitId !== undefined && changes.unitId !== (state.unitId ?? null)) {
    changed.unitId = changes.unitId;
  }
  for (const key of ['roles', 'towns', 'departments'] as const) {
    const next = changes[key];
    if (next !== undefined && !sameList(unique<string>(next), state[key])) {
      Object.assign(changed, { [key]: unique<string>(next) });
    }
  }
  return changed;
}

/**
 * The events a command calls for. Asking for what already holds (deactivating an inactive
 * user, revoking when no token works) calls for none, so retries are harmless.
 */
export function decideUser(
  userId: string,
  command: UserCommand,
  state: UserState | null,
): UserEvent[] {
  if (command.type === 'CreateUser') {
    if (state) return [];
    const { login, name, roles, towns, departments, unitId, password, tokenHash } = command.data;
    const profile = {
      name,
      ...(unitId ? { unitId } : {}),
      roles: unique(roles),
      towns: unique(towns),
      departments: unique(departments),
    };
    return [
      { type: 'UserCreated', data: { userId, login, ...profile } },
      ...(password ? [{ type: 'PasswordSet' as const, data: { password } }] : []),
      { type: 'ApiTokenIssued', data: { tokenHash } },
    ];
  }
  if (!state) throw new UserNotFoundError(userId);
  switch (command.type) {
    case 'AmendUser': {
      const changed = amendment(state, command.data);
      return Object.keys(changed).length === 0 ? [] : [{ type: 'UserAmended', data: changed }];
    }
    case 'AssignLogin':
      if (state.login === command.data.login) return [];
      if (state.login !== null) {
        throw new ValidationFailedError([{ field: 'login', message: LOGIN_IS_FINAL }]);
      }
      return [{ type: 'LoginAssigned', data: command.data }];
    case 'SetPassword':
      return [{ type: 'PasswordSet', data: command.data }];
    case 'IssueApiToken':
      return [{ type: 'ApiTokenIssued', data: command.data }];
    case 'RevokeApiTokens':
      return state.tokenHashes.length === 0
        ? []
        : [{ type: 'ApiTokensRevoked', data: { tokens: state.tokenHashes.length } }];
    case 'DeactivateUser':
      return state.active ? [{ type: 'UserDeactivated', data: {} }] : [];
    case 'ReactivateUser':
      return state.active ? [] : [{ type: 'UserReactivated', data: {} }];
    default: {
      const unknown: never = command;
      return unknown;
    }
  }
}
