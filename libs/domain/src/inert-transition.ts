import { createActor } from 'xstate';
import type {
  ActorScope,
  AnyStateMachine,
  EventFromLogic,
  EventObject,
  SnapshotFrom,
} from 'xstate';

/**
 * xstate's pure `transition()` builds a throwaway actor for every event, which made folding
 * three to four times slower than the transition itself. Our machines spawn nothing and have
 * only `assign` actions (applied inside the transition), so one inert scope per machine can
 * serve every fold; the fold specs check that the result equals `transition()`'s.
 */
export function inertTransition<M extends AnyStateMachine>(
  machine: M,
): (snapshot: SnapshotFrom<M>, event: EventFromLogic<M>) => SnapshotFrom<M> {
  const self = createActor(machine);
  const scope = {
    self,
    id: '',
    sessionId: '',
    system: self.system,
    defer: () => undefined,
    logger: () => undefined,
    stopChild: () => undefined,
    emit: () => undefined,
    actionExecutor: () => undefined,
  } as unknown as ActorScope<SnapshotFrom<M>, EventFromLogic<M>, never, EventObject>;
  return (snapshot, event) => machine.transition(snapshot, event, scope) as SnapshotFrom<M>;
}
