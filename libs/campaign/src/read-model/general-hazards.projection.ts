import type Database from 'better-sqlite3';
import {
  evolveGeneralHazard,
  initialGeneralHazardSnapshot,
  restoreGeneralHazardSnapshot,
} from '@hazard/domain';
import type { GeneralHazardPolicy, StoredGeneralHazardSnapshot } from '@hazard/domain';
import type { RecordedEvent } from '@hazard/event-store';
import { generalHazardIdOf, toGeneralHazardEvent } from '@hazard/commands';
import { actorNameOf, occurredAt } from './batch-projection';
import type { BatchProjection } from './batch-projection';
import {
  createGeneralHazardsSchema,
  generalHazardRow,
  prepareGeneralHazardUpsert,
} from './general-hazard.row';
import type { GeneralHazardStamp } from './general-hazard.row';

interface StoredRow {
  position: number;
  found_at: string;
  reported_at: string | null;
  verified_at: string | null;
  verified_by: string | null;
  version: number;
  snapshot: string;
}

/**
 * One row per general hazard, each event folded through the machine onto the stored
 * snapshot, so state, deadlines and the overdue flag come from the machine the commands use.
 * An event the row already reflects (redelivery) changes nothing.
 */
export class GeneralHazardsProjection implements BatchProjection {
  readonly name = 'campaign/general-hazards';
  readonly version = 3;
  private readonly select;
  private readonly upsert;

  constructor(
    private readonly db: Database.Database,
    private readonly policy: GeneralHazardPolicy,
  ) {
    this.createSchema();
    this.select = db.prepare<[string], StoredRow>(
      `SELECT h.position, h.found_at, h.reported_at, h.verified_at, h.verified_by, h.version,
         s.snapshot
       FROM general_hazards h JOIN general_hazard_snapshots s USING (position)
       WHERE h.hazard_id = ?`,
    );
    this.upsert = prepareGeneralHazardUpsert(db);
  }

  createSchema(): void {
    createGeneralHazardsSchema(this.db);
  }

  handle(events: readonly RecordedEvent[]): void {
    for (const event of events) {
      const hazardId = generalHazardIdOf(event.streamId);
      if (hazardId) this.apply(hazardId, event);
    }
  }

  truncate(): void {
    this.db.exec(
      'DROP TABLE IF EXISTS general_hazards; DROP TABLE IF EXISTS general_hazard_snapshots',
    );
    this.createSchema();
  }

  private apply(hazardId: string, event: RecordedEvent): void {
    const row = this.select.get(hazardId);
    if (row ? row.version > event.revision : event.revision > 0) return;
    const before = row
      ? restoreGeneralHazardSnapshot(JSON.parse(row.snapshot) as StoredGeneralHazardSnapshot)
      : initialGeneralHazardSnapshot();
    const snapshot = evolveGeneralHazard(before, toGeneralHazardEvent(event));
    const at = occurredAt(event);
    const stamp: GeneralHazardStamp = {
      position: row?.position ?? Number(event.position),
      foundAt: row?.found_at ?? at,
      reportedAt:
        event.type === 'GeneralRectificationReported'
          ? at
          : event.type === 'GeneralRectificationRejected'
            ? null
            : (row?.reported_at ?? null),
      verifiedAt: event.type === 'GeneralHazardVerified' ? at : (row?.verified_at ?? null),
      verifiedBy:
        event.type === 'GeneralHazardVerified' ? actorNameOf(event) : (row?.verified_by ?? null),
      version: event.revision + 1,
      updatedAt: at,
    };
    const next = generalHazardRow(snapshot, stamp, this.policy);
    if (next) this.upsert.run(next);
  }
}
