import type { SnapshotFrom } from 'xstate';
import type { DeadlineKind } from './major-hazard.events';
import type { MajorHazardMachine } from './major-hazard.machine';

export type CaseSnapshot = SnapshotFrom<MajorHazardMachine>;

export const CASE_STATES = [
  'unlisted',
  'listed',
  'leaderAssigned.awaitingPlan',
  'leaderAssigned.planSubmitted',
  'planApproved',
  'controlsInPlace',
  'rectified',
  'closed',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

/** The snapshot's state as one dotted name, e.g. `leaderAssigned.awaitingPlan`. */
export const caseStateOf = (snapshot: CaseSnapshot): CaseState => {
  const value = snapshot.value;
  if (typeof value === 'string') return value as CaseState;
  const [parent, child] = Object.entries(value)[0] as [string, string];
  return `${parent}.${child}` as CaseState;
};

/** Which deadline is running in a state; it decides which deadline jobs apply. */
export const deadlineKindIn = (state: CaseState): DeadlineKind | null => {
  switch (state) {
    case 'leaderAssigned.awaitingPlan':
      return 'planSubmission';
    case 'planApproved':
    case 'controlsInPlace':
      return 'rectification';
    case 'rectified':
      return 'acceptance';
    case 'unlisted':
    case 'listed':
    case 'leaderAssigned.planSubmitted':
    case 'closed':
      return null;
    default: {
      const unreachable: never = state;
      throw new Error(`unknown case state ${String(unreachable)}`);
    }
  }
};

export const isOpenState = (state: CaseState): boolean =>
  state !== 'unlisted' && state !== 'closed';
