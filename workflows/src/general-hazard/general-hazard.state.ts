import type { SnapshotFrom } from 'xstate';
import type { GeneralDeadlineKind } from './general-hazard.events';
import type { GeneralHazardMachine } from './general-hazard.machine';

export type GeneralHazardSnapshot = SnapshotFrom<GeneralHazardMachine>;

export const GENERAL_HAZARD_STATES = [
  'unfound',
  'found',
  'rectifying',
  'rectificationReported',
  'closed',
  'escalated',
] as const;
export type GeneralHazardState = (typeof GENERAL_HAZARD_STATES)[number];

/**
 * What a state means, as tags (read with `snapshot.hasTag` in the domain only):
 * - `open`: found and neither closed (销号) nor escalated;
 * - `deadline:<kind>`: the deadline of that kind runs in this state;
 * - `verified`: the fix was checked and the hazard struck off (销号);
 * - `escalated`: judged a major hazard and listed as a major case.
 */
export type GeneralHazardTag =
  'open' | `deadline:${GeneralDeadlineKind}` | 'verified' | 'escalated';

export const generalHazardStateOf = (snapshot: GeneralHazardSnapshot): GeneralHazardState =>
  snapshot.value as GeneralHazardState;
