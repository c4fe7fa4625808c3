/// <reference types="jest" />
import { caseStateOf } from '@hazard/workflows';
import type { CaseContext, CaseState, HazardEvent } from '@hazard/workflows';
import { authorize, decide, DEFAULT_DEADLINE_POLICY, foldCase } from '@hazard/domain';
import type { Actor, CaseCommand } from '@hazard/domain';
import { actors, AFTER_EVERY_DEADLINE, NOW, TIME_ZONE } from './case-fixtures';

/**
 * given / when / then over the pure domain, after emmett's DeciderSpecification:
 * `given(events).when(command).then(events)` or `.thenThrows(ErrorClass, predicate)`.
 * The command runs as the real handler runs it, minus the store: fold → authorize → decide.
 */
export interface WhenOptions {
  /**
   * Defaults to the first that may act of: the committee, the case's leader, the listing's
   * industry authority, the scheduler.
   */
  actor?: Actor;
  /** Defaults to NOW; deadline commands default to AFTER_EVERY_DEADLINE, a job firing on time. */
  now?: Date;
}

const DEADLINE_COMMANDS: ReadonlySet<CaseCommand['type']> = new Set([
  'RecordDeadlineMissed',
  'RaiseEscalation',
  'SendReminder',
]);

export function runCommand(
  history: HazardEvent[],
  command: CaseCommand,
  {
    actor,
    now = DEADLINE_COMMANDS.has(command.type) ? AFTER_EVERY_DEADLINE : NOW,
  }: WhenOptions = {},
): HazardEvent {
  const snapshot = foldCase(history);
  authorize(actor ?? defaultActor(command, snapshot.context), command.type, snapshot.context);
  return decide(command, snapshot, { now, timeZone: TIME_ZONE, policy: DEFAULT_DEADLINE_POLICY });
}

function defaultActor(command: CaseCommand, context: CaseContext): Actor {
  const caseLeader = context.leader
    ? { ...actors.leader, userId: context.leader.id, name: context.leader.name }
    : actors.leader;
  const candidates = [actors.committee, caseLeader, actors.authority, actors.scheduler];
  const allowed = candidates.find((candidate) => {
    try {
      authorize(candidate, command.type, context);
      return true;
    } catch {
      return false;
    }
  });
  return allowed ?? actors.committee;
}

type ErrorClass<E> = abstract new (...args: never[]) => E;

export const given = (history: HazardEvent[]) => ({
  when: (command: CaseCommand, options?: WhenOptions) => ({
    then(expected: HazardEvent[]) {
      const event = runCommand(history, command, options);
      expect([event]).toEqual(expected);
      return {
        /** The state the case is in once the new events are folded in. */
        andIn(state: CaseState): void {
          expect(caseStateOf(foldCase([...history, event]))).toBe(state);
        },
      };
    },

    /** `predicate` may assert with `expect` itself or return false to fail. */
    thenThrows<E extends Error>(
      errorClass: ErrorClass<E>,
      predicate?: (error: E) => boolean | void,
    ): void {
      let thrown: unknown;
      try {
        const event = runCommand(history, command, options);
        thrown = new Error(`expected ${errorClass.name} but got ${JSON.stringify(event)}`);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(errorClass);
      if (predicate && predicate(thrown as E) === false) {
        throw new Error(`${errorClass.name} did not match: ${(thrown as E).message}`);
      }
    },
  }),
});
