import type { EventStore } from '@hazard/event-store';
import { lastCompletedWeek, weekBounds, weekContaining } from '../iso-week';
import { findIssuedDigest } from './issue-weekly-digest';

export interface IssuedWeek {
  week: string;
  issuedAt: string;
}

/** Events read to find the first one with a time: only bookkeeping (the install id) has none. */
const FIRST_EVENTS = 10;

/** When the first event of the supervision's time line occurred (epoch ms), if any. */
export async function firstRecordedAt(store: EventStore): Promise<number | null> {
  for (const event of await store.readAll(null, FIRST_EVENTS)) {
    const at = Date.parse(String(event.metadata.occurredAt));
    if (!Number.isNaN(at)) return at;
  }
  return null;
}

const weekBefore = (week: string, timeZone: string): string =>
  weekContaining(new Date(weekBounds(week, timeZone).start.getTime() - 1), timeZone);

/** The weeks from `from` to `to`, both included, oldest first. */
function weeksBetween(from: string, to: string, timeZone: string): string[] {
  const weeks: string[] = [];
  // YYYY-Www sorts as text in calendar order.
  for (let week = from; week <= to;) {
    weeks.push(week);
    week = weekContaining(weekBounds(week, timeZone).cutOff, timeZone);
  }
  return weeks;
}

/**
 * Which weekly digests have been issued, without reading the log. Each is the only event of
 * its own stream, and issuing refuses a week before the record begins (the first event's
 * week, or the week just ended when that is earlier) or one not yet ended; so every issued
 * week lies between the week before the first event's and the last completed week, and
 * reading those few streams finds them all. An issued digest never changes, so a week once
 * found is remembered; only the others are looked at again.
 */
export class IssuedWeeks {
  private readonly found = new Map<string, string>();
  private firstWeek: string | null = null;

  constructor(private readonly store: EventStore) {}

  async list(now: Date, timeZone: string): Promise<IssuedWeek[]> {
    const first = await this.weekOfFirstEvent(timeZone);
    if (first === null) return [];
    const last = lastCompletedWeek(now, timeZone);
    const unknown = weeksBetween(weekBefore(first, timeZone), last, timeZone).filter(
      (week) => !this.found.has(week),
    );
    const issued = await Promise.all(unknown.map((week) => findIssuedDigest(this.store, week)));
    issued.forEach((digest, i) => {
      if (digest) this.found.set(unknown[i], digest.issuedAt);
    });
    return [...this.found]
      .map(([week, issuedAt]) => ({ week, issuedAt }))
      .sort((a, b) => (a.week < b.week ? 1 : -1));
  }

  private async weekOfFirstEvent(timeZone: string): Promise<string | null> {
    if (this.firstWeek !== null) return this.firstWeek;
    const first = await firstRecordedAt(this.store);
    if (first === null) return null;
    this.firstWeek = weekContaining(new Date(first), timeZone);
    return this.firstWeek;
  }
}
