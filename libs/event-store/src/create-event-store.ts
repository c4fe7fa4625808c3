import { join } from 'node:path';
import { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store';
import type { EventStore } from './event-store.port';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

export interface EventStoreSettings {
  dataDir: string;
  eventStoreConnectionString?: string;
}

/** EventStoreDB when a connection string is set (distributed mode), else the embedded SQLite store. */
export function createEventStore(settings: EventStoreSettings): EventStore {
  if (settings.eventStoreConnectionString) {
    return new EventStoreDbEventStore(settings.eventStoreConnectionString);
  }
  return new SqliteEventStore(join(settings.dataDir, 'events.sqlite'));
}
