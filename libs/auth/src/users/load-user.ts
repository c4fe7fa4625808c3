import type { EventStore } from '@hazard/event-store';
import { userStreamId } from './identity-streams';
import { foldUser } from './user-state';
import type { UserState } from './user-state';

/** A user straight from their stream: current to the last acknowledged append. */
export async function loadUser(store: EventStore, userId: string): Promise<UserState | null> {
  return foldUser(await store.read(userStreamId(userId)));
}
