import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { Language } from '@hazard/domain/vocabulary';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * Dates as Intl's medium date and short time would write them, by dayjs, which the console
 * has loaded already: the first Intl.DateTimeFormat loads the browser's locale data, tens of
 * milliseconds before the first row of a list can show.
 */
const DAYJS_LOCALE: Record<Language, string> = { 'zh-CN': 'zh-cn', en: 'en' };
const DATE: Record<Language, string> = { 'zh-CN': 'YYYY年M月D日', en: 'MMM D, YYYY' };
const DATE_TIME: Record<Language, string> = {
  'zh-CN': 'YYYY年M月D日 HH:mm',
  en: 'MMM D, YYYY, h:mm A',
};

/** 2027年6月30日 18:00 / Jun 30, 2027, 6:00 PM, in the browser's time zone. */
export const formatDateTime = (iso: string, language: Language): string =>
  dayjs(iso).locale(DAYJS_LOCALE[language]).format(DATE_TIME[language]);

export const formatDate = (iso: string, language: Language): string =>
  dayjs(iso).locale(DAYJS_LOCALE[language]).format(DATE[language]);

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
