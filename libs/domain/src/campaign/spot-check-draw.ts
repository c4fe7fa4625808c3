import type { Actor, Role } from '../actor';
import { ForbiddenError } from '../errors';

/**
 * The daily draw of zero-hazard units for the field team's spot checks (重点抽查“零隐患”单位):
 * weighted by risk flags and by the time since the last supervisory visit, and reproducible:
 * the same seed and candidates (both recorded in the draw's event) give the same sample.
 */

export interface SpotCheckCandidate {
  unitId: string;
  weight: number;
}

/** Days since the last visit count up to this; never visited counts as this. */
export const SPOT_CHECK_MAX_DAYS = 365;

/** 1, plus one per risk flag, plus one per 30 days since the last supervisory visit. */
export const spotCheckWeight = (riskFlags: number, daysSinceVisit: number | null): number =>
  1 + riskFlags + Math.min(daysSinceVisit ?? SPOT_CHECK_MAX_DAYS, SPOT_CHECK_MAX_DAYS) / 30;

/** A 32-bit hash of the seed (FNV-1a), the PRNG's state. */
const hashSeed = (seed: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
};

/** mulberry32: small, fast, and the same on every platform. */
function seededRandom(seed: string): () => number {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `size` units drawn without replacement, each with probability in proportion to its weight
 * (Efraimidis–Spirakis: the smallest keys −ln(u)/w), in the order drawn.
 */
export function drawSpotChecks(
  seed: string,
  candidates: readonly SpotCheckCandidate[],
  size: number,
): string[] {
  const random = seededRandom(seed);
  return candidates
    .map((c) => ({ unitId: c.unitId, key: -Math.log(1 - random()) / c.weight }))
    .sort((a, b) => a.key - b.key)
    .slice(0, size)
    .map((c) => c.unitId);
}

const DRAWERS: readonly Role[] = ['hq', 'committee', 'admin', 'scheduler'];

/**
 * Drawing the day's spot checks is the headquarters' field team's (or the committee's), for
 * the whole city; returns the role it is drawn under.
 */
export function authorizeSpotCheckDraw(actor: Actor): Role {
  const role = DRAWERS.find((r) => actor.roles.includes(r));
  if (!role) throw new ForbiddenError('drawing spot checks needs role hq or committee');
  if (actor.towns.length > 0) {
    throw new ForbiddenError('drawing spot checks needs city-wide jurisdiction');
  }
  return role;
}
