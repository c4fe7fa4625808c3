import type Database from 'better-sqlite3';
import type { DeadlinePolicy } from '@hazard/domain';
import type { EventStore } from '@hazard/event-store';
import { dropReadModels } from '../read-model-database';
import { HazardCasesProjection } from './hazard-cases.projection';

const PAGE = 2_000;

export interface RebuildProgress {
  done: number;
  total: number;
  elapsedMs: number;
}

/** Counts what a replay will go through; the port has no cheaper way that works everywhere. */
async function countEvents(store: EventStore): Promise<number> {
  let total = 0;
  let after: bigint | null = null;
  for (;;) {
    const page = await store.readAll(after, PAGE);
    total += page.length;
    if (page.length < PAGE) return total;
    after = page[page.length - 1].position;
  }
}

/**
 * Drops every read model and replays all events through the same projection the live
 * subscription uses. Each page is one transaction, so an interrupted rebuild resumes from its
 * checkpoint like any projection. Run it while no API process follows the same database.
 */
export async function rebuildReadModels(
  db: Database.Database,
  store: EventStore,
  policy: DeadlinePolicy,
  onProgress: (progress: RebuildProgress) => void = () => undefined,
): Promise<RebuildProgress> {
  const started = Date.now();
  const total = await countEvents(store);
  dropReadModels(db);
  const projection = new HazardCasesProjection(db, store, policy);
  let done = 0;
  let after: bigint | null = null;
  for (;;) {
    const page = await store.readAll(after, PAGE);
    if (page.length === 0) break;
    db.exec('BEGIN');
    try {
      for (const event of page) await projection.handle(event);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
    done += page.length;
    after = page[page.length - 1].position;
    onProgress({ done, total: Math.max(total, done), elapsedMs: Date.now() - started });
  }
  return { done, total: Math.max(total, done), elapsedMs: Date.now() - started };
}
