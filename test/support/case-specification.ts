/// <reference types="jest" />
import { caseStateOf } from '@hazard/workflows';
import type { CaseState, HazardEvent } from '@hazard/workflows';
import { DEFAULT_DEADLINE_POLICY, majorHazardDecider } from '@hazard/domain';
import type { CaseCommand } from '@hazard/domain';
import { actors, AFTER_EVERY_DEADLINE, NOW, TIME_ZONE } from './case-fixtures';
import { deciderSpecification } from './decider-specification';
import type { WhenOptions } from './decider-specification';

const DEADLINE_COMMANDS: ReadonlySet<CaseCommand['type']> = new Set([
  'RecordDeadlineMissed',
  'RaiseEscalation',
  'SendReminder',
]);

/**
 * The major-hazard decider under given / when / then. A `when` without an actor acts as the
 * first that may of: the committee, the case's leader (either of the fixtures' two), the
 * listing's industry authority, the scheduler. Deadline commands default to
 * AFTER_EVERY_DEADLINE, a job firing on time; all others to NOW.
 */
const specification = deciderSpecification(majorHazardDecider, {
  candidates: [
    actors.committee,
    actors.leader,
    actors.otherLeader,
    actors.authority,
    actors.scheduler,
  ],
  now: (command) => (DEADLINE_COMMANDS.has(command.type) ? AFTER_EVERY_DEADLINE : NOW),
  timeZone: TIME_ZONE,
  policy: DEFAULT_DEADLINE_POLICY,
});

/** The one event a case command stands for. */
export const runCommand = (
  history: HazardEvent[],
  command: CaseCommand,
  options?: WhenOptions,
): HazardEvent => {
  const [event] = specification.run(history, command, options);
  return event;
};

export const given = (history: HazardEvent[]) => ({
  when: (command: CaseCommand, options?: WhenOptions) => {
    const when = specification.given(history).when(command, options);
    return {
      then(expected: HazardEvent[]) {
        const then = when.then(expected);
        return {
          /** The state the case is in once the new events are folded in. */
          andIn(state: CaseState): void {
            then.andThen((snapshot) => expect(caseStateOf(snapshot)).toBe(state));
          },
        };
      },
      thenThrows: when.thenThrows,
    };
  },
});
