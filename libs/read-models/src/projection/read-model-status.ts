import type Database from 'better-sqlite3';
import type { EventStore } from '@hazard/event-store';

/** Counting stops here: beyond it, "at least this many behind" is all a health check needs. */
export const LAG_COUNT_LIMIT = 10_000;

export interface ReadModelLag {
  subscriber: string;
  /** Global position of the last event the read model reflects; null before the first. */
  checkpoint: string | null;
  /** Events in the store after the checkpoint (capped at LAG_COUNT_LIMIT, see `atLeast`). */
  behind: number;
  atLeast: boolean;
}

export function loadCheckpoint(db: Database.Database, subscriber: string): bigint | null {
  const row = db
    .prepare<[string], { position: number }>(
      'SELECT position FROM checkpoints WHERE subscriber = ?',
    )
    .get(subscriber);
  return row ? BigInt(row.position) : null;
}

/** The checkpoint against the store: how many events the read model has yet to apply. */
export async function readModelLag(
  db: Database.Database,
  store: EventStore,
  subscriber: string,
): Promise<ReadModelLag> {
  const checkpoint = loadCheckpoint(db, subscriber);
  const ahead = await store.readAll(checkpoint, LAG_COUNT_LIMIT + 1);
  return {
    subscriber,
    checkpoint: checkpoint === null ? null : checkpoint.toString(),
    behind: Math.min(ahead.length, LAG_COUNT_LIMIT),
    atLeast: ahead.length > LAG_COUNT_LIMIT,
  };
}
