import type { StateValue } from 'xstate';
import { majorHazardMachine } from '@hazard/workflows';
import type { CaseContext, CaseSnapshot, Listing } from '@hazard/workflows';

/** What a read model keeps of a case to fold onwards from: the machine's value and context. */
export interface StoredCaseSnapshot {
  value: StateValue;
  context: CaseContext;
}

export const storeCaseSnapshot = (snapshot: CaseSnapshot): StoredCaseSnapshot => ({
  value: snapshot.value,
  context: snapshot.context,
});

/** The live snapshot back, tags and all, as the machine resolves it. */
export const restoreCaseSnapshot = (stored: StoredCaseSnapshot): CaseSnapshot =>
  majorHazardMachine.resolveState(stored);

/**
 * A snapshot stored without its listing, for stores that keep many snapshots of one case
 * and its listing once (the digest's timeline).
 */
export const storeCaseSnapshotWithoutListing = (snapshot: CaseSnapshot): StoredCaseSnapshot => ({
  value: snapshot.value,
  context: { ...snapshot.context, listing: null },
});

/** Such a snapshot back, with the listing its case row keeps. */
export const restoreCaseSnapshotWithListing = (
  stored: StoredCaseSnapshot,
  listing: Listing | null,
): CaseSnapshot =>
  restoreCaseSnapshot({ value: stored.value, context: { ...stored.context, listing } });

/** The listing the case was listed with; null before its listing. */
export const listingOfCase = (snapshot: CaseSnapshot): Listing | null => snapshot.context.listing;
