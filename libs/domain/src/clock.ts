/** Time is an input: decisions take `now` from a clock so that tests control it. */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => new Date() };

export class ManualClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date): void {
    this.current = new Date(at);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export const DAY_MS = 24 * 60 * 60 * 1000;

export const addDays = (at: Date, days: number): Date => new Date(at.getTime() + days * DAY_MS);

export interface ZonedParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

/**
 * One Intl formatter per zone, reused: building a formatter costs far more than formatting,
 * and folds and digests format a date per event or per case.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock fields of an instant in a time zone. */
export function zonedParts(at: Date, timeZone: string): ZonedParts {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return Object.fromEntries(
    formatter.formatToParts(at).map((p) => [p.type, p.value]),
  ) as unknown as ZonedParts;
}

/** The last instant formatted per zone, to the second: commands in one second share it. */
const lastFormatted = new Map<string, { second: number; iso: string }>();

/** ISO-8601 with the offset of `timeZone` at that instant, e.g. `2026-11-30T08:00:00+08:00`. */
export function toZonedIso(at: Date, timeZone: string): string {
  const second = Math.floor(at.getTime() / 1000);
  const last = lastFormatted.get(timeZone);
  if (last?.second === second) return last.iso;
  const iso = formatZonedIso(at, timeZone);
  lastFormatted.set(timeZone, { second, iso });
  return iso;
}

function formatZonedIso(at: Date, timeZone: string): string {
  const parts = zonedParts(at, timeZone);
  const local = `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
  const wholeSeconds = Math.floor(at.getTime() / 1000) * 1000;
  const offsetMinutes = Math.round((Date.parse(`${local}Z`) - wholeSeconds) / 60000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${local}${offset}`;
}

const offsetMs = (at: Date, timeZone: string): number => {
  const iso = toZonedIso(at, timeZone);
  return Date.parse(`${iso.slice(0, 19)}Z`) - Math.floor(at.getTime() / 1000) * 1000;
};

/** The instant of 00:00 local time on a calendar date (given as a UTC midnight). */
export const localMidnight = (date: Date, timeZone: string): Date => {
  const guess = date.getTime() - offsetMs(date, timeZone);
  // A second pass settles days whose offset differs from the guess's (DST changes).
  return new Date(date.getTime() - offsetMs(new Date(guess), timeZone));
};

/** A local calendar day `YYYY-MM-DD` in a zone: its first instant and the next day's. */
export function localDayBounds(day: string, timeZone: string): { start: Date; end: Date } {
  const date = new Date(`${day}T00:00:00Z`);
  return {
    start: localMidnight(date, timeZone),
    end: localMidnight(new Date(date.getTime() + DAY_MS), timeZone),
  };
}

/** The local calendar day `YYYY-MM-DD` of an instant in a zone. */
export const localDayOf = (at: Date, timeZone: string): string =>
  toZonedIso(at, timeZone).slice(0, 10);

/** A calendar date `YYYY-MM-DD` that exists (2026-02-30 does not). */
export const isCalendarDate = (text: string): boolean => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const at = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return at.toISOString().slice(0, 10) === text;
};
