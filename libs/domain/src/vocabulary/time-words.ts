import type { Language } from './language';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

const DATE_TIME_OPTIONS: Record<Language, Intl.DateTimeFormatOptions> = {
  'zh-CN': { year: 'numeric', month: 'long', day: 'numeric' },
  en: { year: 'numeric', month: 'short', day: 'numeric' },
};
const formatters = new Map<Language, Intl.DateTimeFormat>();

const formatterFor = (language: Language): Intl.DateTimeFormat => {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, {
      ...DATE_TIME_OPTIONS[language],
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'UTC',
    });
    formatters.set(language, formatter);
  }
  return formatter;
};

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/**
 * `2026年12月2日 08:55` / `Dec 2, 2026, 08:55`: a zoned ISO time (as the system writes them,
 * in TIME_ZONE) as people read it, at the wall-clock time it names.
 */
export function humanDateTime(iso: string, language: Language): string {
  const match = WALL_CLOCK.exec(iso);
  if (!match) return iso;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  return formatterFor(language).format(new Date(Date.UTC(year, month - 1, day, hour, minute)));
}

/**
 * The time to a deadline in words: 还剩 2 天 / 已逾期 3 天, hours when less than a day. Whole
 * days are counted down (2 days 20 hours is "2 days left"), so the words never promise more
 * time than there is; `nearest` rounds instead, for a reminder written a moment after the
 * time it was due (2 days 23 hours 59 minutes is "3 days left").
 */
export function timeLeft(
  deadline: string,
  now: number,
  language: Language,
  count: 'whole' | 'nearest' = 'whole',
): string {
  const ms = Date.parse(deadline) - now;
  const late = ms < 0;
  const span = Math.abs(ms);
  const round = count === 'whole' ? Math.floor : Math.round;
  const days = round(span / DAY_MS);
  const hours = days >= 1 ? 0 : round(span / HOUR_MS);
  if (language === 'zh-CN') {
    const amount = days >= 1 ? ` ${days} 天` : hours >= 1 ? ` ${hours} 小时` : '不到 1 小时';
    return `${late ? '已逾期' : '还剩'}${amount}`;
  }
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const amount = days >= 1 ? unit(days, 'day') : hours >= 1 ? unit(hours, 'hour') : 'under an hour';
  return late ? `${amount} overdue` : `${amount} left`;
}
