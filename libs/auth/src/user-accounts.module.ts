import { Module } from '@nestjs/common';
import { RegistriesModule } from '@hazard/registries';
import { MigrateUsersSqlite } from './migrate-users-sqlite/migrate-users-sqlite';
import { UsersService } from './users/users.service';

/**
 * Changing users (events in the event store) and the one-time move of an old users.sqlite
 * into them. No HTTP and no read model: what the admin CLI needs.
 */
@Module({
  imports: [RegistriesModule],
  providers: [UsersService, MigrateUsersSqlite],
  exports: [UsersService],
})
export class UserAccountsModule {}
