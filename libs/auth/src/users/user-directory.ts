import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import { IdentityQueries } from '../read-model/identity-queries';
import type { DirectoryFilter } from '../read-model/identity-queries';
import { loadUser } from './load-user';
import { publicUser } from './user-state';
import type { User, UserState } from './user-state';

/**
 * Users as this instance knows them: the read model, and for a user it has not seen yet
 * (created a moment ago through another replica) their stream in the event store.
 */
@Injectable()
export class UserDirectory {
  constructor(
    private readonly queries: IdentityQueries,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async state(userId: string): Promise<UserState | null> {
    return this.queries.user(userId) ?? (await loadUser(this.store, userId));
  }

  async findById(userId: string): Promise<User | null> {
    const state = await this.state(userId);
    return state ? publicUser(state) : null;
  }

  list(filter: DirectoryFilter): User[] {
    return this.queries.directory(filter);
  }
}
