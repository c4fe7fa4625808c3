import type Database from 'better-sqlite3';
import { evolveUnit } from '@hazard/domain';
import type { UnitState } from '@hazard/domain';
import type { RecordedEvent } from '@hazard/event-store';
import { toUnitEvent, unitIdOf } from '@hazard/commands';
import { occurredAt } from './batch-projection';
import type { BatchProjection } from './batch-projection';

interface UnitRow {
  position: number;
  registered_at: string;
  version: number;
  state: string;
}

/**
 * One row per unit, its rowid the position of UnitRegistered (newest first, a keyset cursor),
 * with the folded unit beside the columns the list filters on. What a unit's inspections add
 * (self-inspected, last zero-hazard report) is the inspections' projection's to keep.
 */
export class UnitsProjection implements BatchProjection {
  readonly name = 'campaign/units';
  readonly version = 1;
  private readonly select;
  private readonly upsert;

  constructor(private readonly db: Database.Database) {
    this.createSchema();
    this.select = db.prepare<[string], UnitRow>(
      'SELECT position, registered_at, version, state FROM units WHERE unit_id = ?',
    );
    this.upsert = db.prepare(`
      INSERT INTO units (position, unit_id, name, credit_code, other_identifier, town,
        industry_authority, category, supervision_level, active, registered_at, updated_at,
        version, state)
      VALUES (@position, @unitId, @name, @creditCode, @otherIdentifier, @town, @industryAuthority,
        @category, @supervisionLevel, @active, @registeredAt, @updatedAt, @version, @state)
      ON CONFLICT (position) DO UPDATE SET name = excluded.name, town = excluded.town,
        industry_authority = excluded.industry_authority, category = excluded.category,
        supervision_level = excluded.supervision_level, active = excluded.active,
        updated_at = excluded.updated_at, version = excluded.version, state = excluded.state`);
  }

  createSchema(): void {
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS units (
        position           INTEGER PRIMARY KEY,
        unit_id            TEXT    NOT NULL UNIQUE,
        name               TEXT    NOT NULL,
        credit_code        TEXT,
        other_identifier   TEXT,
        town               TEXT    NOT NULL,
        industry_authority TEXT    NOT NULL,
        category           TEXT    NOT NULL,
        supervision_level  TEXT    NOT NULL,
        active             INTEGER NOT NULL,
        registered_at      TEXT    NOT NULL,
        updated_at         TEXT    NOT NULL,
        version            INTEGER NOT NULL,
        state              TEXT    NOT NULL
      );
      CREATE INDEX IF NOT EXISTS units_town ON units (town);
      CREATE INDEX IF NOT EXISTS units_industry ON units (industry_authority);
      CREATE INDEX IF NOT EXISTS units_category ON units (category);
      CREATE INDEX IF NOT EXISTS units_credit_code ON units (credit_code);
    `);
  }

  handle(events: readonly RecordedEvent[]): void {
    for (const event of events) {
      const unitId = unitIdOf(event.streamId);
      if (unitId) this.apply(unitId, event);
    }
  }

  truncate(): void {
    this.db.exec('DROP TABLE IF EXISTS units');
    this.createSchema();
  }

  private apply(unitId: string, event: RecordedEvent): void {
    const row = this.select.get(unitId);
    if (row && row.version > event.revision) return;
    const before = row ? (JSON.parse(row.state) as UnitState) : null;
    const after = evolveUnit(before, toUnitEvent(event));
    if (!after) return;
    const { profile } = after;
    this.upsert.run({
      position: row?.position ?? Number(event.position),
      unitId,
      name: profile.name,
      creditCode: profile.creditCode,
      otherIdentifier: profile.otherIdentifier,
      town: profile.town,
      industryAuthority: profile.industryAuthority,
      category: profile.category,
      supervisionLevel: after.supervision.level,
      active: after.active ? 1 : 0,
      registeredAt: row?.registered_at ?? occurredAt(event),
      updatedAt: occurredAt(event),
      version: event.revision + 1,
      state: JSON.stringify(after),
    });
  }
}
