import type { DeadlinePolicy } from '@hazard/domain';
import type { EventStore, RecordedEvent } from '@hazard/event-store';
import type { WeekBounds } from '../iso-week';
import { WeeklyDigestBuilder } from './weekly-digest.builder';
import type { DigestOptions } from './weekly-digest.builder';
import type { WeeklyDigest } from './weekly-digest.model';

/** Pure: the digest of one week from the event log in global order (see WeeklyDigestBuilder). */
export function computeWeeklyDigest(
  events: Iterable<RecordedEvent>,
  bounds: WeekBounds,
  policy: DeadlinePolicy,
): WeeklyDigest {
  const builder = new WeeklyDigestBuilder(bounds, { policy });
  for (const event of events) if (!builder.add(event)) break;
  return builder.build();
}

const PAGE_SIZE = 5000;

/** Reads the store page by page from the start, stopping at the week's cut-off (or `asOf`). */
export async function computeWeeklyDigestFromStore(
  store: EventStore,
  bounds: WeekBounds,
  policy: DeadlinePolicy,
  options: Omit<DigestOptions, 'policy'> & { pageSize?: number } = {},
): Promise<WeeklyDigest> {
  const { pageSize = PAGE_SIZE, ...digestOptions } = options;
  const builder = new WeeklyDigestBuilder(bounds, { ...digestOptions, policy });
  let after: bigint | null = null;
  for (;;) {
    const page = await store.readAll(after, pageSize);
    for (const event of page) if (!builder.add(event)) return builder.build();
    if (page.length < pageSize) return builder.build();
    after = page[page.length - 1].position;
  }
}
