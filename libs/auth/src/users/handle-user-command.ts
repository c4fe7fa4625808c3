import { ConcurrentModificationError } from '@hazard/domain';
import { WrongExpectedRevisionError } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import { identityEvents } from './identity-metadata';
import type { IdentityCommandContext } from './identity-metadata';
import { decideUser } from './decide-user';
import type { UserCommand } from './decide-user';
import { userStreamId } from './identity-streams';
import { evolveUser, foldUser } from './user-state';
import type { UserState } from './user-state';

/** Two admins rarely touch one user at once; deciding again on the fresh stream is then right. */
const ATTEMPTS = 3;

export interface UserCommandResult {
  /** The user after the command (unchanged when it called for no event). */
  state: UserState;
  /** Global position of the last event appended; null when none was. */
  position: bigint | null;
}

/** read stream → fold → decide → append with the expected revision. */
export async function handleUserCommand(
  store: EventStore,
  userId: string,
  command: UserCommand,
  context: IdentityCommandContext,
): Promise<UserCommandResult> {
  const streamId = userStreamId(userId);
  for (let attempt = 1; ; attempt++) {
    const history = await store.read(streamId);
    const before = foldUser(history);
    const decided = decideUser(userId, command, before);
    if (decided.length === 0 && before) return { state: before, position: null };
    const events = identityEvents(streamId, command.type, context, decided);
    try {
      const { nextRevision, position } = await store.append(
        streamId,
        events,
        history.length === 0 ? 'no_stream' : history.length - 1,
      );
      const first = nextRevision - events.length + 1;
      const state = events.reduce<UserState | null>(
        (folded, event, i) => evolveUser(folded, { ...event, revision: first + i }),
        before,
      ) as UserState;
      return { state, position };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      if (attempt === ATTEMPTS) {
        throw new ConcurrentModificationError(`user ${userId} is being changed by someone else`);
      }
    }
  }
}
