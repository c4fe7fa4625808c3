import type { EventStore } from '../event-store.port';

/** Counting stops here: beyond it, "at least this many behind" is all a health check needs. */
export const LAG_COUNT_LIMIT = 10_000;

/** How many events a replay will go through; the port has no cheaper way that works everywhere. */
export async function countEvents(store: EventStore, pageSize: number): Promise<number> {
  let total = 0;
  let after: bigint | null = null;
  for (;;) {
    const page = await store.readAll(after, pageSize);
    total += page.length;
    if (page.length < pageSize) return total;
    after = page[page.length - 1].position;
  }
}
