import { Global, Inject, Module } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ConfigService } from '@nestjs/config';
import type Database from 'better-sqlite3';
import type { Environment } from '@hazard/config';
import { AmendUserHttpController } from './amend-user/amend-user.http.controller';
import { AuthFailureThrottle } from './auth-failure.throttle';
import { AuthGuard } from './auth.guard';
import { RequestAuthenticator } from './authentication/request-authenticator';
import { ChangeOwnPasswordHttpController } from './change-own-password/change-own-password.http.controller';
import { CreateUserHttpController } from './create-user/create-user.http.controller';
import { DeactivateUserHttpController } from './deactivate-user/deactivate-user.http.controller';
import { GetMeHttpController } from './get-me/get-me.http.controller';
import { IssueApiTokenHttpController } from './issue-api-token/issue-api-token.http.controller';
import { ListUsersHttpController } from './list-users/list-users.http.controller';
import { IDENTITY_DB, identityFile, openIdentityDatabase } from './read-model/identity-database';
import { IDENTITY_RUNNER, identityRunnerProvider } from './read-model/identity-runner';
import { IdentityQueries } from './read-model/identity-queries';
import { ReactivateUserHttpController } from './reactivate-user/reactivate-user.http.controller';
import { RevokeApiTokensHttpController } from './revoke-api-tokens/revoke-api-tokens.http.controller';
import { SessionService } from './sessions/session.service';
import { SetPasswordHttpController } from './set-password/set-password.http.controller';
import { SignInHttpController } from './sign-in/sign-in.http.controller';
import { SignOutHttpController } from './sign-out/sign-out.http.controller';
import { UserAccountsModule } from './user-accounts.module';
import { IDENTITY_READ_MODEL } from './users/identity-read-model.port';
import { UserDirectory } from './users/user-directory';

/**
 * Who is asking, on every route of the API (bearer token or session cookie), sign-in and
 * sign-out, the user directory and its administration, and this instance's identity read
 * model (`DATA_DIR/identity.sqlite`) that keeps up with the events.
 */
@Global()
@Module({
  imports: [UserAccountsModule],
  controllers: [
    SignInHttpController,
    SignOutHttpController,
    GetMeHttpController,
    ChangeOwnPasswordHttpController,
    ListUsersHttpController,
    CreateUserHttpController,
    AmendUserHttpController,
    SetPasswordHttpController,
    DeactivateUserHttpController,
    ReactivateUserHttpController,
    IssueApiTokenHttpController,
    RevokeApiTokensHttpController,
  ],
  providers: [
    {
      provide: IDENTITY_DB,
      inject: [ConfigService],
      useFactory: (config: ConfigService<Environment, true>) =>
        openIdentityDatabase(identityFile(config.get('DATA_DIR', { infer: true }))),
    },
    IdentityQueries,
    identityRunnerProvider,
    { provide: IDENTITY_READ_MODEL, useExisting: IDENTITY_RUNNER },
    UserDirectory,
    SessionService,
    RequestAuthenticator,
    AuthFailureThrottle,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [
    UserAccountsModule,
    UserDirectory,
    RequestAuthenticator,
    IDENTITY_RUNNER,
    IDENTITY_READ_MODEL,
  ],
})
export class AuthModule implements OnApplicationShutdown {
  constructor(@Inject(IDENTITY_DB) private readonly db: Database.Database) {}

  /** Runs after every provider's hook, so the projection has stopped writing by now. */
  onApplicationShutdown(): void {
    this.db.close();
  }
}
