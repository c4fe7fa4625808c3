import { ValidationFailedError } from '@hazard/domain';
import { lastCompletedWeek, parseIsoWeek, weekBounds, weekContaining } from './iso-week';

describe('ISO weeks in a time zone', () => {
  it('bounds 2026-W48 by Monday 00:00 Shanghai and the next Monday 00:00', () => {
    const b = weekBounds('2026-W48', 'Asia/Shanghai');
    expect(b.start.toISOString()).toBe('2026-11-22T16:00:00.000Z');
    expect(b.cutOff.toISOString()).toBe('2026-11-29T16:00:00.000Z');
  });

  it('follows the ISO rule at year ends (week 1 holds 4 January; some years have 53)', () => {
    expect(weekBounds('2026-W53', 'UTC').start.toISOString()).toBe('2026-12-28T00:00:00.000Z');
    expect(weekBounds('2027-W01', 'UTC').start.toISOString()).toBe('2027-01-04T00:00:00.000Z');
    expect(weekBounds('2025-W01', 'UTC').start.toISOString()).toBe('2024-12-30T00:00:00.000Z');
    expect(weekContaining(new Date('2027-01-01T12:00:00Z'), 'UTC')).toBe('2026-W53');
    expect(weekContaining(new Date('2024-12-30T12:00:00Z'), 'UTC')).toBe('2025-W01');
  });

  it('takes the week of the local date, not the UTC date', () => {
    // Sunday 23:30 UTC is already Monday 07:30 in Shanghai.
    const at = new Date('2026-11-29T23:30:00Z');
    expect(weekContaining(at, 'UTC')).toBe('2026-W48');
    expect(weekContaining(at, 'Asia/Shanghai')).toBe('2026-W49');
    expect(lastCompletedWeek(at, 'Asia/Shanghai')).toBe('2026-W48');
    expect(lastCompletedWeek(at, 'UTC')).toBe('2026-W47');
  });

  it('keeps local midnight across a daylight-saving change', () => {
    const b = weekBounds('2026-W13', 'Europe/Berlin');
    expect(b.start.toISOString()).toBe('2026-03-22T23:00:00.000Z');
    expect(b.cutOff.toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it.each(['2026-48', '2026-W00', '2026-W54', '2025-W53', 'W48', '2026-W4'])(
    'rejects %s with a field error',
    (text) => {
      expect(() => parseIsoWeek(text)).toThrow(ValidationFailedError);
      try {
        parseIsoWeek(text);
      } catch (error) {
        expect((error as ValidationFailedError).errors[0].field).toBe('week');
      }
    },
  );
});
