import type { Actor, Role } from './actor';

/** What a decision may depend on besides the command and the state: all of it inputs. */
export interface DecisionContext<Policy> {
  actor: Actor;
  now: Date;
  timeZone: string;
  policy: Policy;
}

export interface Decision<Event> {
  events: Event[];
  /** The role under which the actor was allowed to act; it goes into the events' metadata. */
  role: Role;
}

/**
 * A stream's whole behaviour as pure functions, after emmett's `Decider`: the command handler
 * and the given/when/then specification take the same one, so neither can drift from the
 * other. `decide` authorizes as well as decides: who may do what is part of the rules.
 */
export interface Decider<State, Command extends { type: string }, Event, Policy> {
  initialState(): State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State, context: DecisionContext<Policy>): Decision<Event>;
  /** Whether the command may open a stream that has no events yet (else: not found). */
  startsStream(command: Command): boolean;
}
