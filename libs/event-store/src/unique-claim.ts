import { WrongExpectedRevisionError } from './errors';
import type { EventStore, NewEvent, RecordedEvent } from './event-store.port';

/**
 * A claim is appended before the thing that holds the name is written. Should the process die
 * between the two appends, the claim names a holder that does not have the name; after this
 * long such a claim may be taken over (a creation in progress takes milliseconds, not minutes).
 */
const ABANDONED_CLAIM_MS = 5 * 60 * 1000;

/** A name that one holder at most may have: a login, a 督办通知书文号. */
export interface UniqueClaim {
  /** The name's own stream: its last event says who holds it. */
  streamId: string;
  /** The events that claim the name for `claimant`. */
  claim: NewEvent[];
  claimant: string;
  now: Date;
  holderOf(history: RecordedEvent[]): string | null;
  /** True when `holder` never got the name it claimed (its process died in between). */
  neverCompleted(holder: string): Promise<boolean>;
  /** The refusal when another holder has the name. */
  taken(): Error;
}

/**
 * Claims a name: the `no_stream` append lets exactly one of any number of concurrent claims
 * (on any replica) win; the others get `taken()`. Claiming again a name the claimant already
 * holds (a retry) succeeds; a claim abandoned for ABANDONED_CLAIM_MS may be taken over.
 */
export async function claimUnique(store: EventStore, request: UniqueClaim): Promise<void> {
  const { streamId, claim } = request;
  try {
    await store.append(streamId, claim, 'no_stream');
    return;
  } catch (error) {
    if (!(error instanceof WrongExpectedRevisionError)) throw error;
  }
  const history = await store.read(streamId);
  const holder = request.holderOf(history);
  if (holder === request.claimant) return;
  const heldSince = Date.parse(String(history.at(-1)?.metadata.occurredAt));
  const abandoned =
    holder !== null &&
    request.now.getTime() - heldSince >= ABANDONED_CLAIM_MS &&
    (await request.neverCompleted(holder));
  if (!abandoned) throw request.taken();
  try {
    await store.append(streamId, claim, history.length - 1);
  } catch (error) {
    if (error instanceof WrongExpectedRevisionError) throw request.taken();
    throw error;
  }
}
