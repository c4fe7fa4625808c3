import { ValidationFailedError } from '@hazard/domain';
import type { PasswordHash } from '../credentials/password-hash';
import { decideUser } from './decide-user';
import type { UserCommand } from './decide-user';
import type { UserEvent } from './user-events';
import { UserNotFoundError } from './user-errors';
import { foldUser } from './user-state';
import type { UserState } from './user-state';

const ID = '6f1c1d2e-8a4b-4c3d-9e2f-0a1b2c3d4e5f';
const AT = '2026-11-30T09:00:00+08:00';
const HASH: PasswordHash = {
  algorithm: 'scrypt',
  N: 32768,
  r: 8,
  p: 3,
  keyLength: 32,
  salt: 'c2FsdA==',
  hash: 'aGFzaA==',
};
const created: UserEvent = {
  type: 'UserCreated',
  data: {
    userId: ID,
    login: 'wangjianguo',
    name: '王建国',
    roles: ['leader'],
    towns: ['水头镇'],
    departments: [],
  },
};
const issued = (tokenHash: string): UserEvent => ({ type: 'ApiTokenIssued', data: { tokenHash } });

const fold = (events: UserEvent[]): UserState | null =>
  foldUser(
    events.map((e, revision) => ({
      type: e.type,
      data: { ...e.data },
      revision,
      metadata: { occurredAt: AT },
    })),
  );

/** given(events).when(command).then(events), after emmett's DeciderSpecification. */
const given = (events: UserEvent[]) => ({
  when: (command: UserCommand) => {
    const decide = () => decideUser(ID, command, fold(events));
    return {
      then: (expected: UserEvent[]) => expect(decide()).toEqual(expected),
      thenThrows: (error: new (...args: never[]) => Error) => expect(decide).toThrow(error),
    };
  },
});

describe('decideUser', () => {
  it('creates a user with each role, town and department once, a password and a token', () => {
    given([])
      .when({
        type: 'CreateUser',
        data: {
          login: 'wangjianguo',
          name: '王建国',
          roles: ['leader', 'leader'],
          towns: ['水头镇', '水头镇'],
          departments: [],
          password: HASH,
          tokenHash: 'aa',
        },
      })
      .then([created, { type: 'PasswordSet', data: { password: HASH } }, issued('aa')]);
  });

  it('creates nothing for a user who already exists (a migration run twice)', () => {
    given([created])
      .when({
        type: 'CreateUser',
        data: { ...created.data, login: null, password: null, tokenHash: 'bb' },
      })
      .then([]);
  });

  it('amends only what changes, and nothing when nothing does', () => {
    given([created])
      .when({
        type: 'AmendUser',
        data: { name: '王建国', roles: ['leader', 'hq'], towns: ['水头镇'] },
      })
      .then([{ type: 'UserAmended', data: { roles: ['leader', 'hq'] } }]);
    given([created])
      .when({ type: 'AmendUser', data: { name: '王建国' } })
      .then([]);
  });

  it('revokes tokens only when some work, deactivates and reactivates only once', () => {
    given([created, issued('aa'), issued('bb')])
      .when({ type: 'RevokeApiTokens' })
      .then([{ type: 'ApiTokensRevoked', data: { tokens: 2 } }]);
    given([created, issued('aa'), { type: 'ApiTokensRevoked', data: { tokens: 1 } }])
      .when({ type: 'RevokeApiTokens' })
      .then([]);
    given([created])
      .when({ type: 'DeactivateUser' })
      .then([{ type: 'UserDeactivated', data: {} }]);
    given([created, { type: 'UserDeactivated', data: {} }])
      .when({ type: 'DeactivateUser' })
      .then([]);
    given([created]).when({ type: 'ReactivateUser' }).then([]);
  });

  it('gives a login only to a user who has none', () => {
    const machine: UserEvent = { type: 'UserCreated', data: { ...created.data, login: null } };
    given([machine])
      .when({ type: 'AssignLogin', data: { login: 'jiekou' } })
      .then([{ type: 'LoginAssigned', data: { login: 'jiekou' } }]);
    given([created])
      .when({ type: 'AssignLogin', data: { login: 'wangjianguo' } })
      .then([]);
    given([created])
      .when({ type: 'AssignLogin', data: { login: 'wang' } })
      .thenThrows(ValidationFailedError);
  });

  it('refuses any command but creation for a user who does not exist', () => {
    given([]).when({ type: 'DeactivateUser' }).thenThrows(UserNotFoundError);
    given([])
      .when({ type: 'IssueApiToken', data: { tokenHash: 'aa' } })
      .thenThrows(UserNotFoundError);
  });
});

describe('foldUser', () => {
  it('voids earlier sessions at each password set and deactivation, and clears revoked tokens', () => {
    const state = fold([
      created,
      issued('aa'),
      { type: 'PasswordSet', data: { password: HASH } },
      issued('bb'),
      { type: 'UserDeactivated', data: {} },
      { type: 'ApiTokensRevoked', data: { tokens: 2 } },
      issued('cc'),
      { type: 'UserReactivated', data: {} },
    ]);
    expect(state).toMatchObject({
      id: ID,
      login: 'wangjianguo',
      active: true,
      createdAt: AT,
      password: HASH,
      tokenHashes: ['cc'],
      sessionsValidFrom: 4,
      revision: 7,
    });
  });

  it('knows no user before UserCreated', () => {
    expect(fold([issued('aa')])).toBeNull();
  });
});
