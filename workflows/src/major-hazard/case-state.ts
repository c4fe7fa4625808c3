import type { SnapshotFrom } from 'xstate';
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
