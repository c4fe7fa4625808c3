import type { EventMetadata, SpotCheckCandidate } from '@hazard/domain';
import { streamCategory } from '@hazard/event-store';

export interface DrawnSpotCheck {
  /** `<day>/<n>`: the n-th unit of the day's draw. */
  spotCheckId: string;
  unitId: string;
  name: string;
  town: string;
  industryAuthority: string;
  weight: number;
}

/** A day's draw: everything needed to draw it again, and what it drew. */
export interface SpotCheckDraw {
  day: string;
  seed: string;
  size: number;
  /** Units drawn within this many days before were left out. */
  repeatIntervalDays: number;
  /** The zero-hazard units eligible, with their weights, in the order drawn from. */
  candidates: SpotCheckCandidate[];
  drawn: DrawnSpotCheck[];
}

export const SPOT_CHECKS_DRAWN = 'SpotChecksDrawn';
export type SpotChecksDrawn = { type: typeof SPOT_CHECKS_DRAWN; data: SpotCheckDraw };

/** `spot_check_draw-<YYYY-MM-DD>`: one stream per day, holding its one draw. */
export const spotCheckDrawStream = streamCategory<SpotChecksDrawn, EventMetadata>(
  'spot_check_draw-',
  [SPOT_CHECKS_DRAWN],
);

export const spotCheckIdOf = (day: string, index: number): string => `${day}/${index + 1}`;
