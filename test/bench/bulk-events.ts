import Database from 'better-sqlite3';
import type { HazardEvent } from '@hazard/workflows';
import { SCHEMA_VERSION } from '@hazard/domain';
import type { EventMetadata } from '@hazard/domain';
import { caseStreamId, deterministicUuid } from '@hazard/commands';
import { openEventsSchema } from '../../libs/event-store/src/sqlite/sqlite-schema';

/** One case event to write, at its revision in the case's stream (or in `streamId`). */
export interface BulkEvent {
  caseId: string;
  revision: number;
  event: HazardEvent | { type: string; data: unknown };
  occurredAt: string;
  /** Another stream than the case's: a unit's, an inspection's, a general hazard's. */
  streamId?: string;
}

const ACTOR = { userId: 'u-committee', name: '安委会', role: 'committee' as const };

/**
 * Writes events straight into an event-store file, in the order given (which becomes their
 * global order), in one unsynchronised transaction: set-up for a benchmark, not measured.
 * The WAL is checkpointed afterwards, so the measured reads hit the database file.
 */
export function writeEventsInBulk(file: string, events: Iterable<BulkEvent>): void {
  const db = new Database(file);
  openEventsSchema(db);
  db.pragma('synchronous = OFF');
  const insert = db.prepare(
    `INSERT INTO events (event_id, stream_id, revision, type, data, metadata, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (const { caseId, revision, event, occurredAt, streamId } of events) {
      const commandId = `${caseId}-${revision}`;
      const metadata: EventMetadata = {
        actor: ACTOR,
        commandId,
        correlationId: commandId,
        causationId: commandId,
        occurredAt,
        schemaVersion: SCHEMA_VERSION,
      };
      insert.run(
        deterministicUuid(`${caseId}/${revision}`),
        streamId ?? caseStreamId(caseId),
        revision,
        event.type,
        JSON.stringify(event.data),
        JSON.stringify(metadata),
        occurredAt,
      );
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}
