import { join } from 'node:path';
import type { EventStore } from './event-store.port';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

export interface EventStoreSettings {
  dataDir: string;
  eventStoreConnectionString?: string;
}

/** The embedded SQLite store by default. */
export function createEventStore(settings: EventStoreSettings): EventStore {
  return new SqliteEventStore(join(settings.dataDir, 'events.sqlite'));
}
