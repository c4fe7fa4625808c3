import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import type { Environment } from '@hazard/config';
import { handleUserCommand } from '../users/handle-user-command';
import type { IdentityActor } from '../users/identity-metadata';
import { loadUser } from '../users/load-user';
import { readLegacyUsers } from './legacy-users-file';
import type { LegacyUser } from './legacy-users-file';

const legacyUsersFile = (dataDir: string): string => join(dataDir, 'users.sqlite');

const MIGRATION_ACTOR: IdentityActor = {
  userId: 'system:migration',
  name: 'users.sqlite migration',
};

/**
 * Before users were events, each instance kept them in its own `DATA_DIR/users.sqlite`. At
 * start-up, every user found there and not yet in the event store becomes a `user-<id>`
 * stream with the same id and token hash, dated when the user was created. Event ids derive
 * from the user id, so a second start (or a second instance with the same file) appends
 * nothing. The file is only read, never changed or removed; users added to it by an old
 * instance still running are picked up at the next start.
 */
@Injectable()
export class MigrateUsersSqlite implements OnModuleInit {
  private readonly logger = new Logger('Users');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  async onModuleInit(): Promise<void> {
    const file = legacyUsersFile(this.config.get('DATA_DIR', { infer: true }));
    if (!existsSync(file)) return;
    let migrated = 0;
    for (const user of readLegacyUsers(file)) {
      if (await loadUser(this.store, user.id)) continue;
      await this.migrate(user);
      migrated += 1;
    }
    if (migrated > 0) {
      this.logger.log(
        `${migrated} user(s) of ${file} are now in the event store; the file is left unchanged`,
      );
    }
  }

  private migrate(user: LegacyUser): Promise<unknown> {
    const { id, name, roles, towns, departments } = user;
    return handleUserCommand(
      this.store,
      id,
      {
        type: 'CreateUser',
        data: {
          name,
          roles,
          towns,
          departments,
          login: null,
          password: null,
          tokenHash: user.tokenHash.toString('hex'),
        },
      },
      {
        actor: MIGRATION_ACTOR,
        commandId: `migrate-users-sqlite/${id}`,
        now: new Date(user.createdAt),
        timeZone: this.config.get('TIME_ZONE', { infer: true }),
      },
    );
  }
}
