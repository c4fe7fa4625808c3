import { toZonedIso } from './clock';

describe('toZonedIso', () => {
  it.each([
    ['2026-11-30T00:00:00Z', 'Asia/Shanghai', '2026-11-30T08:00:00+08:00'],
    ['2026-11-29T16:00:00Z', 'Asia/Shanghai', '2026-11-30T00:00:00+08:00'],
    ['2026-11-30T00:00:00Z', 'UTC', '2026-11-30T00:00:00+00:00'],
    ['2026-11-30T05:00:00Z', 'America/New_York', '2026-11-30T00:00:00-05:00'],
    ['2026-11-30T00:00:00Z', 'Asia/Kathmandu', '2026-11-30T05:45:00+05:45'],
  ])('writes %s in %s as %s', (instant, zone, expected) => {
    expect(toZonedIso(new Date(instant), zone)).toBe(expected);
  });

  it.each([
    ['winter', '2026-01-15T12:00:00Z', '2026-01-15T13:00:00+01:00'],
    ['summer', '2026-07-01T12:00:00Z', '2026-07-01T14:00:00+02:00'],
    [
      'the last second before clocks go forward',
      '2026-03-29T00:59:59Z',
      '2026-03-29T01:59:59+01:00',
    ],
    [
      'the first second after clocks go forward',
      '2026-03-29T01:00:00Z',
      '2026-03-29T03:00:00+02:00',
    ],
    [
      'the first 02:30 of the night clocks go back',
      '2026-10-25T00:30:00Z',
      '2026-10-25T02:30:00+02:00',
    ],
    ['the second 02:30 of that night', '2026-10-25T01:30:00Z', '2026-10-25T02:30:00+01:00'],
  ])('follows daylight saving in Europe/Berlin: %s', (_, instant, expected) => {
    expect(toZonedIso(new Date(instant), 'Europe/Berlin')).toBe(expected);
  });

  it('drops milliseconds rather than rounding into the next second', () => {
    expect(toZonedIso(new Date('2026-11-30T15:59:59.999Z'), 'Asia/Shanghai')).toBe(
      '2026-11-30T23:59:59+08:00',
    );
  });

  it('names the same instant, to the second, in every zone', () => {
    const at = new Date('2026-10-25T01:30:42.250Z');
    for (const zone of ['Asia/Shanghai', 'UTC', 'Europe/Berlin', 'America/New_York']) {
      expect(Date.parse(toZonedIso(at, zone))).toBe(Date.parse('2026-10-25T01:30:42Z'));
    }
  });
});
