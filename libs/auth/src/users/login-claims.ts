import { WrongExpectedRevisionError } from '@hazard/event-store';
import type { EventStore, RecordedEvent } from '@hazard/event-store';
import { identityEvents } from './identity-metadata';
import type { IdentityCommandContext } from './identity-metadata';
import { loginStreamId } from './identity-streams';
import { loadUser } from './load-user';
import type { LoginReserved } from './user-events';
import { LoginTakenError } from './user-errors';

/**
 * A login is claimed before its user is created (or given it). Should the process die between
 * the two appends, the claim names a user that does not have the login; after this long such a
 * claim may be taken over (a creation in progress takes milliseconds, not minutes).
 */
const ABANDONED_CLAIM_MS = 5 * 60 * 1000;

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
  const claim = identityEvents(streamId, 'ClaimLogin', context, [
    { type: 'LoginReserved', data: { login, userId } },
  ]);
  try {
    await store.append(streamId, claim, 'no_stream');
    return;
  } catch (error) {
    if (!(error instanceof WrongExpectedRevisionError)) throw error;
  }
  const history = await store.read(streamId);
  const holder = holderOf(history);
  if (holder?.userId === userId) return;
  const heldSince = Date.parse(String(history.at(-1)?.metadata.occurredAt));
  const abandoned =
    holder !== null &&
    context.now.getTime() - heldSince >= ABANDONED_CLAIM_MS &&
    (await loadUser(store, holder.userId))?.login !== login;
  if (!abandoned) throw new LoginTakenError(login);
  try {
    await store.append(streamId, claim, history.length - 1);
  } catch (error) {
    if (error instanceof WrongExpectedRevisionError) throw new LoginTakenError(login);
    throw error;
  }
}
