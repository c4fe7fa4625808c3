import { earnedExpiry, refreshStepMs } from './session-expiry';

describe('session expiry', () => {
  const ttl = 12 * 60 * 60 * 1000;

  it('earns between 23/24 of the TTL and the TTL, the same all through one step', () => {
    const step = refreshStepMs(ttl);
    const start = Date.parse('2026-11-30T01:00:00Z');
    for (const offset of [0, 1, step / 2, step - 1]) {
      const now = start + offset;
      expect(earnedExpiry(now, ttl)).toBe(start + ttl);
      expect(earnedExpiry(now, ttl) - now).toBeGreaterThan(ttl - step);
      expect(earnedExpiry(now, ttl) - now).toBeLessThanOrEqual(ttl);
    }
    expect(earnedExpiry(start + step, ttl)).toBe(start + step + ttl);
  });
});
