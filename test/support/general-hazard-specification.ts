/// <reference types="jest" />
import { generalHazardStateOf } from '@hazard/workflows';
import type { GeneralHazardEvent, GeneralHazardState } from '@hazard/workflows';
import { generalHazardDecider } from '@hazard/domain';
import type { GeneralHazardCommand } from '@hazard/domain';
import {
  AFTER_EVERY_DEADLINE,
  campaignActors,
  GENERAL_POLICY,
  NOW,
  TIME_ZONE,
} from './campaign-fixtures';
import { deciderSpecification } from './decider-specification';
import type { WhenOptions } from './decider-specification';

const DEADLINE_COMMANDS: ReadonlySet<GeneralHazardCommand['type']> = new Set([
  'RecordDeadlineMissed',
  'SendReminder',
]);

/**
 * The general-hazard decider under given / when / then. A `when` without an actor acts as the
 * first that may of: the hazard's town, the committee, the scheduler. Deadline commands
 * default to AFTER_EVERY_DEADLINE, all others to NOW.
 */
const specification = deciderSpecification(generalHazardDecider, {
  candidates: [campaignActors.town, campaignActors.committee, campaignActors.scheduler],
  now: (command) => (DEADLINE_COMMANDS.has(command.type) ? AFTER_EVERY_DEADLINE : NOW),
  timeZone: TIME_ZONE,
  policy: GENERAL_POLICY,
});

export const runGeneralCommand = (
  history: GeneralHazardEvent[],
  command: GeneralHazardCommand,
  options?: WhenOptions,
): GeneralHazardEvent => specification.run(history, command, options)[0];

export const givenHazard = (history: GeneralHazardEvent[]) => ({
  when: (command: GeneralHazardCommand, options?: WhenOptions) => {
    const when = specification.given(history).when(command, options);
    return {
      then(expected: GeneralHazardEvent[]) {
        const then = when.then(expected);
        return {
          andIn(state: GeneralHazardState): void {
            then.andThen((snapshot) => expect(generalHazardStateOf(snapshot)).toBe(state));
          },
        };
      },
      thenThrows: when.thenThrows,
    };
  },
});

export const foldHazard = specification.fold;
