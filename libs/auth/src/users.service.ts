import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CLOCK, toZonedIso } from '@hazard/domain';
import type { Actor, Clock } from '@hazard/domain';
import type { Environment } from '@hazard/config';
import { SqliteUserStore } from './sqlite-user-store';
import { generateToken, hashToken, sameDigest } from './token';
import type { NewUser, User } from './user';

/** The built-in administrator behind ADMIN_TOKEN; it exists to create the first real users. */
export const BOOTSTRAP_ADMIN: Actor = {
  userId: 'admin',
  name: 'Administrator',
  roles: ['admin'],
  towns: [],
  departments: [],
};

const toActor = (user: User): Actor => ({
  userId: user.id,
  name: user.name,
  roles: user.roles,
  towns: user.towns,
  departments: user.departments,
});

/** Users live in `${DATA_DIR}/users.sqlite`; only a SHA-256 hash of each token is kept. */
@Injectable()
export class UsersService implements OnApplicationShutdown {
  private readonly store: SqliteUserStore;
  private readonly adminTokenHash: Buffer | null;
  private readonly timeZone: string;

  constructor(
    config: ConfigService<Environment, true>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.store = new SqliteUserStore(join(config.get('DATA_DIR', { infer: true }), 'users.sqlite'));
    const adminToken = config.get('ADMIN_TOKEN', { infer: true });
    this.adminTokenHash = adminToken ? hashToken(adminToken) : null;
    this.timeZone = config.get('TIME_ZONE', { infer: true });
  }

  /** Creates a user and returns its token; the token is never retrievable again. */
  createUser(input: NewUser): { user: User; token: string } {
    const token = generateToken();
    const user: User = {
      id: randomUUID(),
      name: input.name,
      roles: [...new Set(input.roles)],
      towns: [...new Set(input.towns)],
      departments: [...new Set(input.departments)],
      createdAt: toZonedIso(this.clock.now(), this.timeZone),
    };
    this.store.insert(user, hashToken(token));
    return { user, token };
  }

  authenticate(token: string): Actor | null {
    const digest = hashToken(token);
    if (this.adminTokenHash && sameDigest(digest, this.adminTokenHash)) return BOOTSTRAP_ADMIN;
    const user = this.store.findByTokenHash(digest);
    return user ? toActor(user) : null;
  }

  findById(id: string): User | null {
    return this.store.findById(id);
  }

  onApplicationShutdown(): void {
    this.store.close();
  }
}
