import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { Language } from '@hazard/domain/vocabulary';

export { timeLeft } from '@hazard/domain/vocabulary';

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

/** Chinese text takes full-width punctuation; English, ASCII with a space. */
export const colon = (language: Language): string => (language === 'zh-CN' ? '：' : ': ');

export const inParentheses = (text: string, language: Language): string =>
  language === 'zh-CN' ? `（${text}）` : `(${text})`;
