import type Database from 'better-sqlite3';
import type { RecordedInspection } from '@hazard/domain';
import type { RecordedEvent } from '@hazard/event-store';
import { inspectionIdOf } from '@hazard/commands';
import { actorNameOf, occurredAt } from './batch-projection';
import type { BatchProjection } from './batch-projection';

/** One row per inspection, written once (an inspection is one event). */
export class InspectionsProjection implements BatchProjection {
  readonly name = 'campaign/inspections';
  readonly version = 1;
  private readonly insert;

  constructor(private readonly db: Database.Database) {
    this.createSchema();
    this.insert = db.prepare(`
      INSERT OR IGNORE INTO inspections (position, inspection_id, unit_id, unit_name, town,
        industry_authority, kind, source, inspected_by, inspected_on, zero_hazard, findings,
        recorded_at, recorded_by, data)
      VALUES (@position, @inspectionId, @unitId, @unitName, @town, @industryAuthority, @kind,
        @source, @inspectedBy, @inspectedOn, @zeroHazard, @findings, @recordedAt, @recordedBy,
        @data)`);
  }

  createSchema(): void {
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS inspections (
        position           INTEGER PRIMARY KEY,
        inspection_id      TEXT    NOT NULL UNIQUE,
        unit_id            TEXT    NOT NULL,
        unit_name          TEXT    NOT NULL,
        town               TEXT    NOT NULL,
        industry_authority TEXT    NOT NULL,
        kind               TEXT    NOT NULL,
        source             TEXT    NOT NULL,
        inspected_by       TEXT    NOT NULL,
        inspected_on       TEXT    NOT NULL,
        zero_hazard        INTEGER NOT NULL,
        findings           INTEGER NOT NULL,
        recorded_at        TEXT    NOT NULL,
        recorded_by        TEXT    NOT NULL,
        data               TEXT    NOT NULL
      );
      CREATE INDEX IF NOT EXISTS inspections_unit ON inspections (unit_id);
      CREATE INDEX IF NOT EXISTS inspections_town ON inspections (town);
      CREATE INDEX IF NOT EXISTS inspections_industry ON inspections (industry_authority);
      CREATE INDEX IF NOT EXISTS inspections_kind ON inspections (kind);
    `);
  }

  handle(events: readonly RecordedEvent[]): void {
    for (const event of events) {
      if (!inspectionIdOf(event.streamId) || event.type !== 'InspectionRecorded') continue;
      const data = event.data as unknown as RecordedInspection;
      this.insert.run({
        position: Number(event.position),
        inspectionId: data.inspectionId,
        unitId: data.unit.unitId,
        unitName: data.unit.name,
        town: data.unit.town,
        industryAuthority: data.unit.industryAuthority,
        kind: data.kind,
        source: data.source,
        inspectedBy: data.inspectedBy,
        inspectedOn: data.inspectedOn,
        zeroHazard: data.zeroHazard ? 1 : 0,
        findings: data.findings.length,
        recordedAt: occurredAt(event),
        recordedBy: actorNameOf(event),
        data: JSON.stringify(data),
      });
    }
  }

  truncate(): void {
    this.db.exec('DROP TABLE IF EXISTS inspections');
    this.createSchema();
  }
}
