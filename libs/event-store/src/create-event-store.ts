import { join } from 'node:path';
import { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store';
import type { EventStore } from './event-store.port';
import { PostgresEventStore } from './postgres/postgres-event-store';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

export interface EventStoreSettings {
  dataDir: string;
  /** A postgres:// URL: the PostgreSQL store. */
  eventStoreUrl?: string;
  eventStorePoolSize?: number;
  eventStoreConnectionString?: string;
}

/**
 * PostgreSQL when a URL is set, EventStoreDB when a connection string is (distributed
 * mode; the validated environment allows one of the two), else the embedded SQLite store.
 */
export function createEventStore(settings: EventStoreSettings): EventStore {
  if (settings.eventStoreUrl) {
    return new PostgresEventStore(settings.eventStoreUrl, {
      poolSize: settings.eventStorePoolSize,
    });
  }
  if (settings.eventStoreConnectionString) {
    return new EventStoreDbEventStore(settings.eventStoreConnectionString);
  }
  return new SqliteEventStore(join(settings.dataDir, 'events.sqlite'));
}
