import { initialTransition } from 'xstate';
import { generalHazardMachine } from '@hazard/workflows';
import type { GeneralHazardEvent, GeneralHazardSnapshot } from '@hazard/workflows';
import { inertTransition } from '../inert-transition';

/** One shared starting snapshot, as for cases (see initialCaseSnapshot). */
let initial: GeneralHazardSnapshot | undefined;
export const initialGeneralHazardSnapshot = (): GeneralHazardSnapshot =>
  (initial ??= initialTransition(generalHazardMachine)[0]);

const transition = inertTransition(generalHazardMachine);

export const evolveGeneralHazard = (
  snapshot: GeneralHazardSnapshot,
  event: GeneralHazardEvent,
): GeneralHazardSnapshot => transition(snapshot, event);

/** A general hazard's state is its events folded through its machine. */
export const foldGeneralHazard = (
  events: Iterable<GeneralHazardEvent>,
  from: GeneralHazardSnapshot = initialGeneralHazardSnapshot(),
): GeneralHazardSnapshot => {
  let snapshot = from;
  for (const event of events) snapshot = evolveGeneralHazard(snapshot, event);
  return snapshot;
};
