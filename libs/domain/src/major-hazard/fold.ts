import { createActor, initialTransition } from 'xstate';
import type { ActorScope, EventObject } from 'xstate';
import type { CaseSnapshot, HazardEvent } from '@hazard/workflows';
import { majorHazardMachine } from '@hazard/workflows';

export const initialCaseSnapshot = (): CaseSnapshot => initialTransition(majorHazardMachine)[0];

/**
 * xstate's pure `transition()` builds a throwaway actor for every event, which made folding
 * three to four times slower than the transition itself. This machine spawns nothing and has
 * only `assign` actions (applied inside the transition), so one inert scope can serve every
 * fold; `fold.unit.spec.ts` checks that the result equals `transition()`'s.
 */
const inertScope: ActorScope<CaseSnapshot, HazardEvent, never, EventObject> = (() => {
  const self = createActor(majorHazardMachine);
  return {
    self,
    id: '',
    sessionId: '',
    system: self.system,
    defer: () => undefined,
    logger: () => undefined,
    stopChild: () => undefined,
    emit: () => undefined,
    actionExecutor: () => undefined,
  } as unknown as ActorScope<CaseSnapshot, HazardEvent, never, EventObject>;
})();

/** One event onto a case: the machine's own transition, through the inert scope. */
export const evolveCase = (snapshot: CaseSnapshot, event: HazardEvent): CaseSnapshot =>
  majorHazardMachine.transition(snapshot, event, inertScope);

/** A case's state is its events folded through the machine, nothing more. */
export const foldCase = (
  events: Iterable<HazardEvent>,
  from: CaseSnapshot = initialCaseSnapshot(),
): CaseSnapshot => {
  let snapshot = from;
  for (const event of events) snapshot = evolveCase(snapshot, event);
  return snapshot;
};
