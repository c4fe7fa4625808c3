import { getHolidaysInRange, isWorkday } from 'chinese-days';
import { addDays, DAY_MS, toZonedIso } from '../clock';

/**
 * How a deadline's days are counted: `natural` (every day), or `working` (工作日: weekends and
 * statutory holidays skipped, make-up working days (调休) counted), from the State Council's
 * yearly notices as the `chinese-days` package carries them.
 */
export type DeadlineCalendar = 'natural' | 'working';

const covered = new Map<number, boolean>();

/** Whether the holiday data knows the year's arrangement (a year without a notice has none). */
export function calendarCovers(year: number): boolean {
  let known = covered.get(year);
  if (known === undefined) {
    known = getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    covered.set(year, known);
  }
  return known;
}

export interface ComputedDeadline {
  at: Date;
  /** Counted as natural days because the working days ran into a year the data lacks. */
  provisional: boolean;
}

const dayAfter = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/**
 * `days` after `now` by the calendar: working days end at the same local time on the
 * `days`-th working day after today (in `timeZone`). Fractional days (a demo's shortened
 * "day") and a count that runs into a year the data does not cover are natural days, the
 * latter flagged provisional.
 */
export function deadlineAfter(
  now: Date,
  days: number,
  calendar: DeadlineCalendar | undefined,
  timeZone: string,
): ComputedDeadline {
  const natural = { at: addDays(now, days), provisional: false };
  if (calendar !== 'working' || !Number.isInteger(days) || days <= 0) return natural;
  let date = toZonedIso(now, timeZone).slice(0, 10);
  let spanned = 0;
  for (let counted = 0; counted < days; spanned += 1) {
    date = dayAfter(date);
    if (!calendarCovers(Number(date.slice(0, 4)))) return { ...natural, provisional: true };
    if (isWorkday(date)) counted += 1;
  }
  return { at: addDays(now, spanned), provisional: false };
}

/** A recorded deadline counted in working days is provisional while its year is not covered. */
export const isProvisionalDeadline = (
  deadline: string,
  calendar: DeadlineCalendar | undefined,
): boolean => calendar === 'working' && !calendarCovers(Number(deadline.slice(0, 4)));

/** A working day by the data, or Monday to Friday in a year the data does not cover. */
function isWorkingDay(date: string): boolean {
  if (calendarCovers(Number(date.slice(0, 4)))) return isWorkday(date);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** `now` if it falls on a working day (in `timeZone`), else the same time on the next one. */
export function onWorkingDay(now: Date, timeZone: string): Date {
  let date = toZonedIso(now, timeZone).slice(0, 10);
  let days = 0;
  while (!isWorkingDay(date)) {
    date = dayAfter(date);
    days += 1;
  }
  return addDays(now, days);
}
