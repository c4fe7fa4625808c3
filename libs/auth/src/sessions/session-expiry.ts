/**
 * Sessions end after the TTL without a request. Each request could push the expiry on, but
 * that would be an event per request; instead the expiry moves in steps of 1/24 of the TTL,
 * so a busy session appends at most 24 refreshes per TTL, and an idle one ends between
 * 23/24 of the TTL and the TTL after its last request (11½ to 12 hours by default).
 */
export const refreshStepMs = (ttlMs: number): number => ttlMs / 24;

/**
 * The expiry a request at `now` earns: the start of its step plus the TTL. Every request in
 * one step earns the same, so replicas refreshing at once agree (and share one event id).
 */
export function earnedExpiry(now: number, ttlMs: number): number {
  const step = refreshStepMs(ttlMs);
  return Math.floor(now / step) * step + ttlMs;
}
