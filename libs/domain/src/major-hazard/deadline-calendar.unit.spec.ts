import {
  calendarCovers,
  deadlineAfter,
  isProvisionalDeadline,
  onWorkingDay,
} from './deadline-calendar';
import { toZonedIso } from '../clock';

const TZ = 'Asia/Shanghai';
const at = (local: string) => new Date(`${local}T10:00:00+08:00`);
const local = (date: Date) => toZonedIso(date, TZ).slice(0, 10);

/**
 * Computed by hand from the State Council's notices (国务院办公厅关于2026年部分节假日安排的
 * 通知): 元旦 2026-01-01 to 01-03 off, Sunday 01-04 worked; 春节 02-15 to 02-23 off, Saturdays
 * 02-14 and 02-28 worked; 国庆节、中秋节 10-01 to 10-07 off, Sunday 09-20 and Saturday 10-10
 * worked. No notice for 2027 is in the data (chinese-days 1.5.7 ends with 2026), so a count
 * into 2027, Spring Festival 2027 included, is natural days, flagged provisional.
 */
const TABLE: Array<
  [from: string, days: number, deadline: string, provisional: boolean, why: string]
> = [
  ['2025-12-31', 1, '2026-01-04', false, 'New Year off, make-up Sunday 01-04 worked'],
  ['2026-02-13', 1, '2026-02-14', false, 'make-up Saturday before the Spring Festival'],
  ['2026-02-14', 1, '2026-02-24', false, 'the Spring Festival holiday 02-15 to 02-23 skipped'],
  ['2026-02-27', 1, '2026-02-28', false, 'make-up Saturday after the Spring Festival'],
  ['2026-02-27', 2, '2026-03-02', false, 'then Sunday off, Monday'],
  ['2026-09-18', 1, '2026-09-20', false, 'Saturday off, make-up Sunday 09-20 worked'],
  ['2026-09-30', 3, '2026-10-10', false, 'National Day 10-01 to 10-07 skipped, make-up Saturday'],
  ['2026-09-28', 10, '2026-10-16', false, 'ten working days around National Day'],
  ['2026-10-09', 2, '2026-10-12', false, 'make-up Saturday 10-10 counts, Sunday 10-11 does not'],
  ['2026-12-30', 5, '2027-01-04', true, 'runs into 2027, not in the data: natural days'],
  ['2027-02-05', 7, '2027-02-12', true, 'Spring Festival 2027, not in the data: natural days'],
];

describe('the working-day calendar', () => {
  it.each(TABLE)(
    '%s + %i working days → %s (provisional: %s): %s',
    (from, days, deadline, provisional) => {
      const computed = deadlineAfter(at(from), days, 'working', TZ);
      expect({ deadline: local(computed.at), provisional: computed.provisional }).toEqual({
        deadline,
        provisional,
      });
      // The same local time of day as the start.
      expect(toZonedIso(computed.at, TZ).slice(11, 16)).toBe('10:00');
    },
  );

  it('counts every day for the natural calendar, the default', () => {
    expect(local(deadlineAfter(at('2026-09-30'), 3, 'natural', TZ).at)).toBe('2026-10-03');
    expect(local(deadlineAfter(at('2026-09-30'), 3, undefined, TZ).at)).toBe('2026-10-03');
  });

  it('counts a shortened demo "day" (a fraction of a day) as natural time', () => {
    const start = at('2026-09-30');
    const computed = deadlineAfter(start, 0.5, 'working', TZ);
    expect(computed).toEqual({
      at: new Date(start.getTime() + 12 * 3_600_000),
      provisional: false,
    });
  });

  it('knows which years the data covers', () => {
    expect([2025, 2026, 2027].map(calendarCovers)).toEqual([true, true, false]);
  });

  it('flags a recorded working-day deadline provisional while its year is not covered', () => {
    expect(isProvisionalDeadline('2027-02-12T10:00:00+08:00', 'working')).toBe(true);
    expect(isProvisionalDeadline('2026-10-10T10:00:00+08:00', 'working')).toBe(false);
    expect(isProvisionalDeadline('2027-02-12T10:00:00+08:00', 'natural')).toBe(false);
  });

  it('moves a run that falls on a holiday to the same time of the next working day', () => {
    const monday = (date: string) => new Date(`${date}T08:00:00+08:00`);
    // Monday 2026-10-05 is in the National Day holiday; Thursday 10-08 is the next working day.
    expect(toZonedIso(onWorkingDay(monday('2026-10-05'), TZ), TZ)).toBe(
      '2026-10-08T08:00:00+08:00',
    );
    // Monday 2026-02-16 is in the Spring Festival holiday; Tuesday 02-24 is the next one.
    expect(toZonedIso(onWorkingDay(monday('2026-02-16'), TZ), TZ)).toBe(
      '2026-02-24T08:00:00+08:00',
    );
    expect(onWorkingDay(monday('2026-10-12'), TZ)).toEqual(monday('2026-10-12'));
    // Beyond the data: Monday to Friday.
    expect(onWorkingDay(monday('2027-02-08'), TZ)).toEqual(monday('2027-02-08'));
  });
});
