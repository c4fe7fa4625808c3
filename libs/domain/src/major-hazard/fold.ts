import { initialTransition, transition } from 'xstate';
import type { CaseSnapshot, HazardEvent } from '@hazard/workflows';
import { majorHazardMachine } from '@hazard/workflows';

export const initialCaseSnapshot = (): CaseSnapshot => initialTransition(majorHazardMachine)[0];

/** A case's state is its events folded through the machine, nothing more. */
export const foldCase = (
  events: Iterable<HazardEvent>,
  from: CaseSnapshot = initialCaseSnapshot(),
): CaseSnapshot => {
  let snapshot = from;
  for (const event of events) snapshot = transition(majorHazardMachine, snapshot, event)[0];
  return snapshot;
};
