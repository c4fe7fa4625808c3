import { formatDate, formatDateTime } from '../../apps/console/src/i18n/format';

/** What the browser's Intl writes for a medium date and a short time, spaces made plain. */
const intl = (iso: string, language: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(language, options).format(new Date(iso)).replace(/\s/g, ' ');

const INSTANTS = [
  '2027-06-30T18:00:00+08:00',
  '2026-01-05T08:07:00+08:00',
  '2026-12-31T23:59:00Z',
  '2027-03-01T00:00:00-05:00',
];

describe("the console's dates, written as Intl would write them", () => {
  it.each(['zh-CN', 'en'] as const)('in %s, date and time', (language) => {
    for (const iso of INSTANTS) {
      expect(formatDateTime(iso, language)).toBe(
        intl(iso, language, { dateStyle: 'medium', timeStyle: 'short' }),
      );
    }
  });

  it.each(['zh-CN', 'en'] as const)('in %s, the date alone', (language) => {
    for (const iso of INSTANTS) {
      expect(formatDate(iso, language)).toBe(intl(iso, language, { dateStyle: 'medium' }));
    }
  });
});
