import type { Decider, DecisionContext } from './decider';
import { DomainError } from './errors';

/**
 * The commands of `types` that the decider would accept from this actor now, each tried with
 * a well-formed payload (`probe`): what a page offers can never disagree with what the
 * command endpoints accept.
 */
export function allowedByDecider<State, Command extends { type: string }, Type, Policy>(
  decider: Decider<State, Command, unknown, Policy>,
  types: readonly Type[],
  probe: (type: Type) => Command,
  state: State,
  context: DecisionContext<Policy>,
): Type[] {
  return types.filter((type) => {
    try {
      decider.decide(probe(type), state, context);
      return true;
    } catch (error) {
      if (error instanceof DomainError) return false;
      throw error;
    }
  });
}
