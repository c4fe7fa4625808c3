import { claimUnique } from '@hazard/event-store';
import type { EventStore, RecordedEvent } from '@hazard/event-store';
import { identityEvents } from './identity-metadata';
import type { IdentityCommandContext } from './identity-metadata';
import { loginStreamId } from './identity-streams';
import { loadUser } from './load-user';
import type { LoginReserved } from './user-events';
import { LoginTakenError } from './user-errors';

const holderOf = (history: RecordedEvent[]): LoginReserved['data'] | null => {
  const last = history.at(-1);
  return last?.type === 'LoginReserved' ? (last.data as LoginReserved['data']) : null;
};

/** The id of the user who holds a (normalised) login, straight from the event store. */
export async function loginHolder(store: EventStore, login: string): Promise<string | null> {
  return holderOf(await store.read(loginStreamId(login)))?.userId ?? null;
}

/**
 * Claims `login` for `userId`: the `no_stream` append lets exactly one of any number of
 * concurrent claims (on any replica) win; the others get LoginTakenError. Claiming again a
 * login the user already holds (a retry) succeeds.
 */
export async function claimLogin(
  store: EventStore,
  login: string,
  userId: string,
  context: IdentityCommandContext,
): Promise<void> {
  const streamId = loginStreamId(login);
  await claimUnique(store, {
    streamId,
    claim: identityEvents(streamId, 'ClaimLogin', context, [
      { type: 'LoginReserved', data: { login, userId } },
    ]),
    claimant: userId,
    now: context.now,
    holderOf: (history) => holderOf(history)?.userId ?? null,
    neverCompleted: async (holder) => (await loadUser(store, holder))?.login !== login,
    taken: () => new LoginTakenError(login),
  });
}
