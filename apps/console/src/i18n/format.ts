import type { Language } from '@hazard/domain/vocabulary';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

const dateTimeFormats = new Map<Language, Intl.DateTimeFormat>();
const dateFormats = new Map<Language, Intl.DateTimeFormat>();

const cached = (
  cache: Map<Language, Intl.DateTimeFormat>,
  language: Language,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat => {
  let format = cache.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, options);
    cache.set(language, format);
  }
  return format;
};

/** 2027年6月30日 18:00 / Jun 30, 2027, 6:00 PM, in the browser's time zone. */
export const formatDateTime = (iso: string, language: Language): string =>
  cached(dateTimeFormats, language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );

export const formatDate = (iso: string, language: Language): string =>
  cached(dateFormats, language, { dateStyle: 'medium' }).format(new Date(iso));

/**
 * The time to a deadline in words: 还剩 2 天 / 已逾期 3 天, hours when less than a day. Whole
 * days are counted down (2 days 20 hours is "2 days left"), so the words never promise more
 * time than there is.
 */
export function timeLeft(deadline: string, now: number, language: Language): string {
  const ms = Date.parse(deadline) - now;
  const late = ms < 0;
  const span = Math.abs(ms);
  const days = Math.floor(span / DAY_MS);
  const hours = Math.floor(span / HOUR_MS);
  if (language === 'zh-CN') {
    const amount = days >= 1 ? ` ${days} 天` : hours >= 1 ? ` ${hours} 小时` : '不到 1 小时';
    return `${late ? '已逾期' : '还剩'}${amount}`;
  }
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const amount = days >= 1 ? unit(days, 'day') : hours >= 1 ? unit(hours, 'hour') : 'under an hour';
  return late ? `${amount} overdue` : `${amount} left`;
}

/** Chinese text takes full-width punctuation; English, ASCII with a space. */
export const colon = (language: Language): string => (language === 'zh-CN' ? '：' : ': ');

export const inParentheses = (text: string, language: Language): string =>
  language === 'zh-CN' ? `（${text}）` : `(${text})`;
