import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CLOCK, ValidationFailedError } from '@hazard/domain';
import type { Clock } from '@hazard/domain';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import type { Environment } from '@hazard/config';
import { RegistryService } from '@hazard/registries';
import { generateApiToken } from '../credentials/api-token';
import { checkPassword, hashPassword } from '../credentials/password-hash';
import { hashSecret } from '../credentials/secrets';
import { LOGIN_IS_FINAL } from './decide-user';
import type { UserCommand } from './decide-user';
import { handleUserCommand } from './handle-user-command';
import type { UserCommandResult } from './handle-user-command';
import { IDENTITY_READ_MODEL } from './identity-read-model.port';
import type { IdentityReadModelPort } from './identity-read-model.port';
import type { IdentityActor, IdentityCommandContext } from './identity-metadata';
import { normalizeLogin } from './identity-streams';
import { checkCredentials } from './identity-validation';
import { loadUser } from './load-user';
import { checkJurisdiction } from './jurisdiction-check';
import { claimLogin, loginHolder } from './login-claims';
import { UserNotFoundError } from './user-errors';
import type { UserProfile } from './user-events';
import { publicUser } from './user-state';
import type { User, UserState } from './user-state';

export interface NewUser extends UserProfile {
  /** For people who sign in to the console; machines need only the API token. */
  login?: string | null;
  password?: string | null;
}

export interface CreatedUser {
  user: User;
  /** The API token, never retrievable again. */
  token: string;
}

/** The one door through which HTTP, the CLI and the demo change users. */
@Injectable()
export class UsersService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly config: ConfigService<Environment, true>,
    private readonly registries: RegistryService,
    @Optional()
    @Inject(IDENTITY_READ_MODEL)
    private readonly readModel: IdentityReadModelPort | null,
  ) {}

  /** Claims the login first, so that a login taken by someone else creates nothing. */
  async createUser(input: NewUser, by: IdentityActor): Promise<CreatedUser> {
    const login = input.login == null ? null : normalizeLogin(input.login);
    checkCredentials({ login, password: input.password });
    await checkJurisdiction(this.registries, this.store, input, input);
    const userId = randomUUID();
    const token = generateApiToken(userId);
    const password = input.password == null ? null : await hashPassword(input.password);
    const context = this.context(by);
    if (login) await claimLogin(this.store, login, userId, context);
    const { name, roles, towns, departments, unitId } = input;
    const state = await this.visible(
      handleUserCommand(
        this.store,
        userId,
        {
          type: 'CreateUser',
          data: {
            name,
            roles,
            towns,
            departments,
            unitId: unitId ?? null,
            login,
            password,
            tokenHash: hashSecret(token),
          },
        },
        context,
      ),
    );
    return { user: publicUser(state), token };
  }

  /** Changes the profile; gives a login to a user who has none (it never changes after). */
  async amendUser(
    userId: string,
    { login, ...changes }: Partial<UserProfile> & { login?: string },
    by: IdentityActor,
  ): Promise<User> {
    const current = await loadUser(this.store, userId);
    if (!current) throw new UserNotFoundError(userId);
    await checkJurisdiction(this.registries, this.store, changes, { ...current, ...changes });
    if (login !== undefined) await this.assignLogin(userId, normalizeLogin(login), by);
    return publicUser(await this.run(userId, { type: 'AmendUser', data: changes }, by));
  }

  private async assignLogin(userId: string, login: string, by: IdentityActor): Promise<void> {
    checkCredentials({ login });
    const user = await loadUser(this.store, userId);
    if (!user) throw new UserNotFoundError(userId);
    if (user.login === login) return;
    // The decider refuses it too; asked first, so that no claim is made for nothing.
    if (user.login !== null) {
      throw new ValidationFailedError([{ field: 'login', message: LOGIN_IS_FINAL }]);
    }
    await claimLogin(this.store, login, userId, this.context(by));
    await this.run(userId, { type: 'AssignLogin', data: { login } }, by);
  }

  /** Sets or resets a password; every session of the user ends. */
  async setPassword(userId: string, password: string, by: IdentityActor): Promise<void> {
    checkCredentials({ password });
    await this.run(
      userId,
      { type: 'SetPassword', data: { password: await hashPassword(password) } },
      by,
    );
  }

  /** A person changing their own password proves they know the current one. */
  async changeOwnPassword(
    by: IdentityActor,
    currentPassword: string,
    password: string,
  ): Promise<UserState> {
    checkCredentials({ password });
    const state = await loadUser(this.store, by.userId);
    if (!state) throw new UserNotFoundError(by.userId);
    if (!(await checkPassword(currentPassword, state.password))) {
      throw new ValidationFailedError([
        { field: 'currentPassword', message: 'is not the current password' },
      ]);
    }
    return this.run(
      by.userId,
      { type: 'SetPassword', data: { password: await hashPassword(password) } },
      by,
    );
  }

  async deactivate(userId: string, by: IdentityActor): Promise<User> {
    return publicUser(await this.run(userId, { type: 'DeactivateUser' }, by));
  }

  async reactivate(userId: string, by: IdentityActor): Promise<User> {
    return publicUser(await this.run(userId, { type: 'ReactivateUser' }, by));
  }

  /** A further API token; the ones issued before keep working. */
  async issueToken(userId: string, by: IdentityActor): Promise<string> {
    const token = generateApiToken(userId);
    await this.run(userId, { type: 'IssueApiToken', data: { tokenHash: hashSecret(token) } }, by);
    return token;
  }

  async revokeTokens(userId: string, by: IdentityActor): Promise<void> {
    await this.run(userId, { type: 'RevokeApiTokens' }, by);
  }

  /** Who holds a login, from the event store itself (for the CLI, which has no read model). */
  userIdOfLogin(login: string): Promise<string | null> {
    return loginHolder(this.store, normalizeLogin(login));
  }

  private run(userId: string, command: UserCommand, by: IdentityActor): Promise<UserState> {
    return this.visible(handleUserCommand(this.store, userId, command, this.context(by)));
  }

  /** Waits for this instance's read model to show the command's events, if it has one. */
  private async visible(handled: Promise<UserCommandResult>): Promise<UserState> {
    const { state, position } = await handled;
    if (position !== null) await this.readModel?.reached(position);
    return state;
  }

  private context(actor: IdentityActor): IdentityCommandContext {
    return {
      actor,
      commandId: randomUUID(),
      now: this.clock.now(),
      timeZone: this.config.get('TIME_ZONE', { infer: true }),
    };
  }
}
