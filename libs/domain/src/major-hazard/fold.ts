import { initialTransition } from 'xstate';
import type { CaseSnapshot, HazardEvent } from '@hazard/workflows';
import { majorHazardMachine } from '@hazard/workflows';
import { inertTransition } from '../inert-transition';

/**
 * Every case starts from the same snapshot. xstate's transitions never change the snapshot
 * they are given (they return a new one), so one is made, on first use, and shared: making
 * it is a whole actor's start-up, a tenth of a millisecond for every case a fold begins.
 */
let initial: CaseSnapshot | undefined;
export const initialCaseSnapshot = (): CaseSnapshot =>
  (initial ??= initialTransition(majorHazardMachine)[0]);

const transition = inertTransition(majorHazardMachine);

/** One event onto a case: the machine's own transition, through the inert scope. */
export const evolveCase = (snapshot: CaseSnapshot, event: HazardEvent): CaseSnapshot =>
  transition(snapshot, event);

/** A case's state is its events folded through the machine, nothing more. */
export const foldCase = (
  events: Iterable<HazardEvent>,
  from: CaseSnapshot = initialCaseSnapshot(),
): CaseSnapshot => {
  let snapshot = from;
  for (const event of events) snapshot = evolveCase(snapshot, event);
  return snapshot;
};
