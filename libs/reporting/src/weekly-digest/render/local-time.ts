/**
 * `YYYY-MM-DD HH:mm` in a time zone. One Intl formatter per zone, reused: building a formatter
 * costs far more than formatting, and a digest formats a date per open case.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function localDateTime(iso: string, timeZone: string): string {
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
    });
    formatters.set(timeZone, formatter);
  }
  const p = Object.fromEntries(
    formatter.formatToParts(new Date(iso)).map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}
