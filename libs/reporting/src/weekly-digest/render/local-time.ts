import { zonedParts } from '@hazard/domain';

/** `YYYY-MM-DD HH:mm` in a time zone. */
export function localDateTime(iso: string, timeZone: string): string {
  const p = zonedParts(new Date(iso), timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}
