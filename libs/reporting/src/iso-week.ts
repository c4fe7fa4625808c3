import { DAY_MS, localMidnight, toZonedIso, ValidationFailedError } from '@hazard/domain';

/** An ISO-8601 week (Monday to Sunday), e.g. `2026-W48`. */
export interface IsoWeek {
  year: number;
  week: number;
}

/** The instants that bound a week in one time zone: [start, cutOff). */
export interface WeekBounds {
  week: string;
  timeZone: string;
  /** Monday 00:00 local. */
  start: Date;
  /** The next Monday 00:00 local: the first instant that no longer belongs to the week. */
  cutOff: Date;
}

const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

const utcDate = (year: number, month: number, day: number) => new Date(Date.UTC(year, month, day));
/** 1 = Monday … 7 = Sunday. */
const isoWeekday = (date: Date) => ((date.getUTCDay() + 6) % 7) + 1;

/** The Monday of week 1: the week holding 4 January. */
const mondayOfWeekOne = (year: number): Date => {
  const jan4 = utcDate(year, 0, 4);
  return new Date(jan4.getTime() - (isoWeekday(jan4) - 1) * DAY_MS);
};

const weeksInYear = (year: number): number =>
  (mondayOfWeekOne(year + 1).getTime() - mondayOfWeekOne(year).getTime()) / (7 * DAY_MS);

export const formatIsoWeek = ({ year, week }: IsoWeek): string =>
  `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;

/** Parses `YYYY-Www`; anything else (or week 53 of a 52-week year) is a 422 on `field`. */
export function parseIsoWeek(text: string, field = 'week'): IsoWeek {
  const match = WEEK_PATTERN.exec(text);
  const year = match ? Number(match[1]) : NaN;
  const week = match ? Number(match[2]) : NaN;
  if (!match || year < 1970 || week < 1 || week > weeksInYear(year)) {
    throw new ValidationFailedError([
      { field, message: `must be an ISO week such as 2026-W48 (got "${text}")` },
    ]);
  }
  return { year, week };
}

/** The ISO week of a calendar date (given as a UTC midnight). */
const weekOfDate = (date: Date): IsoWeek => {
  // The ISO year is the year of the week's Thursday.
  const thursday = new Date(date.getTime() + (4 - isoWeekday(date)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - mondayOfWeekOne(year).getTime()) / (7 * DAY_MS));
  return { year, week: week + 1 };
};

/** The local calendar date of an instant in a zone, as a UTC midnight. */
const localDateOf = (at: Date, timeZone: string): Date => {
  const [year, month, day] = toZonedIso(at, timeZone).slice(0, 10).split('-').map(Number);
  return utcDate(year, month - 1, day);
};

export function weekBounds(week: IsoWeek | string, timeZone: string): WeekBounds {
  const parsed = typeof week === 'string' ? parseIsoWeek(week) : week;
  const monday = new Date(mondayOfWeekOne(parsed.year).getTime() + (parsed.week - 1) * 7 * DAY_MS);
  const nextMonday = new Date(monday.getTime() + 7 * DAY_MS);
  return {
    week: formatIsoWeek(parsed),
    timeZone,
    start: localMidnight(monday, timeZone),
    cutOff: localMidnight(nextMonday, timeZone),
  };
}

export const weekContaining = (at: Date, timeZone: string): string =>
  formatIsoWeek(weekOfDate(localDateOf(at, timeZone)));

/** The most recent week that has fully ended at `now`: the one before the current week. */
export const lastCompletedWeek = (now: Date, timeZone: string): string =>
  formatIsoWeek(weekOfDate(new Date(localDateOf(now, timeZone).getTime() - 7 * DAY_MS)));
