/// <reference types="jest" />
import { ForbiddenError } from '@hazard/domain';
import type { Actor, Decider } from '@hazard/domain';

/** What a `when` may set; everything else comes from the specification's defaults. */
export interface WhenOptions {
  /** Defaults to the first of the specification's candidate actors that may act. */
  actor?: Actor;
  now?: Date;
}

export interface SpecificationDefaults<Command, Policy> {
  /** Tried in order when a `when` names no actor: the first one not refused with 403 acts. */
  candidates: readonly Actor[];
  now(command: Command): Date;
  timeZone: string;
  policy: Policy;
}

type ErrorClass<E> = abstract new (...args: never[]) => E;

/**
 * given / when / then over a decider, after emmett's `DeciderSpecification`:
 * `given(events).when(command).then(events)` or `.thenThrows(ErrorClass, predicate)`.
 * It runs the very decider the command handler runs, authorization included, minus the store.
 */
export function deciderSpecification<S, C extends { type: string }, E, P>(
  decider: Decider<S, C, E, P>,
  defaults: SpecificationDefaults<C, P>,
) {
  const fold = (events: readonly E[]): S => events.reduce(decider.evolve, decider.initialState());

  const run = (history: readonly E[], command: C, options: WhenOptions = {}): E[] => {
    const state = fold(history);
    const context = {
      now: options.now ?? defaults.now(command),
      timeZone: defaults.timeZone,
      policy: defaults.policy,
    };
    const decideAs = (actor: Actor) => decider.decide(command, state, { ...context, actor }).events;
    if (options.actor) return decideAs(options.actor);
    let refusal: unknown = null;
    for (const candidate of defaults.candidates) {
      try {
        return decideAs(candidate);
      } catch (error) {
        if (!(error instanceof ForbiddenError)) throw error;
        refusal ??= error;
      }
    }
    throw refusal;
  };

  const given = (history: readonly E[]) => ({
    when: (command: C, options?: WhenOptions) => ({
      then(expected: E[]) {
        const events = run(history, command, options);
        expect(events).toEqual(expected);
        return {
          /** The state once the new events are folded in, for the caller to judge. */
          andThen(check: (state: S) => void): void {
            check(fold([...history, ...events]));
          },
        };
      },
      /** `predicate` may assert with `expect` itself or return false to fail. */
      thenThrows<Err extends Error>(
        errorClass: ErrorClass<Err>,
        predicate?: (error: Err) => boolean | void,
      ): void {
        let thrown: unknown;
        try {
          const events = run(history, command, options);
          thrown = new Error(`expected ${errorClass.name} but got ${JSON.stringify(events)}`);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(errorClass);
        if (predicate && predicate(thrown as Err) === false) {
          throw new Error(`${errorClass.name} did not match: ${(thrown as Err).message}`);
        }
      },
    }),
  });

  return { given, run, fold };
}
