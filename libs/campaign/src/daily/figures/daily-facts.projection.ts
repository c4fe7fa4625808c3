import type Database from 'better-sqlite3';
import type { RecordedInspection, UnitEvent, UnitProfile } from '@hazard/domain';
import type { RecordedEvent } from '@hazard/event-store';
import { caseIdOf, generalHazardIdOf, inspectionIdOf, unitIdOf } from '@hazard/commands';
import type { FoundHazard, GeneralHazardEvent, HazardEvent } from '@hazard/workflows';
import { occurredAt } from '../../read-model/batch-projection';
import type { BatchProjection } from '../../read-model/batch-projection';
import { spotCheckDrawStream } from '../spot-checks/spot-check.stream';

const stamp = (event: RecordedEvent): number => Date.parse(occurredAt(event));

/**
 * The facts the daily figures count, each stamped with the instant it happened
 * (metadata.occurredAt, epoch ms), so that the figures of any past day are those of the facts
 * stamped before its end:
 * - `daily_units`: one row per version of a unit (registered, amended, closed);
 * - `daily_inspections`: one row per inspection;
 * - `daily_hazards`: one row per hazard, a general hazard or a major case listed directly; a
 *   case escalated from a general hazard is that hazard's row (counted once), its closing the
 *   hazard's verification;
 * - `daily_deadlines`: each rectification deadline a hazard has had, from when;
 * - `daily_spot_checks`: each unit drawn for a spot check.
 */
export class DailyFactsProjection implements BatchProjection {
  readonly name = 'campaign/daily-facts';
  readonly version = 1;
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.createSchema();
    this.statements = {
      lastUnit: db.prepare<[string], UnitVersionRow>(
        `SELECT town, industry_authority, category, name, risk_flags, active FROM daily_units
         WHERE unit_id = ? ORDER BY seq DESC LIMIT 1`,
      ),
      unit: db.prepare(`
        INSERT INTO daily_units (unit_id, at, town, industry_authority, category, name,
          risk_flags, active)
        VALUES (@unitId, @at, @town, @industryAuthority, @category, @name, @riskFlags, @active)`),
      inspection: db.prepare(`
        INSERT OR IGNORE INTO daily_inspections (position, unit_id, at, kind, zero_hazard,
          findings, spot_check_id)
        VALUES (@position, @unitId, @at, @kind, @zeroHazard, @findings, @spotCheckId)`),
      hazard: db.prepare(`
        INSERT OR IGNORE INTO daily_hazards (hazard_key, unit_id, name, town, industry_authority,
          category, source, found_at, deadline_at, deadline_from)
        VALUES (@key, @unitId, @name, @town, @industryAuthority, @category, @source, @at,
          @deadlineAt, @at)`),
      deadline: db.prepare(`
        INSERT INTO daily_deadlines (hazard_key, at, deadline_at) VALUES (?, ?, ?)`),
      currentDeadline: db.prepare(
        'UPDATE daily_hazards SET deadline_at = ?, deadline_from = ? WHERE hazard_key = ?',
      ),
      verified: db.prepare(
        'UPDATE daily_hazards SET verified_at = ? WHERE hazard_key = ? AND verified_at IS NULL',
      ),
      escalated: db.prepare('UPDATE daily_hazards SET case_id = ? WHERE hazard_key = ?'),
      keyOfCase: db.prepare<[string], { hazard_key: string }>(
        'SELECT hazard_key FROM daily_hazards WHERE case_id = ?',
      ),
      drawn: db.prepare(`
        INSERT OR IGNORE INTO daily_spot_checks (spot_check_id, day, unit_id) VALUES (?, ?, ?)`),
    };
  }

  createSchema(): void {
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS daily_units (
        seq                INTEGER PRIMARY KEY,
        unit_id            TEXT    NOT NULL,
        at                 INTEGER NOT NULL,
        town               TEXT    NOT NULL,
        industry_authority TEXT    NOT NULL,
        category           TEXT    NOT NULL,
        name               TEXT    NOT NULL,
        risk_flags         INTEGER NOT NULL,
        active             INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS daily_units_unit ON daily_units (unit_id, seq);
      CREATE TABLE IF NOT EXISTS daily_inspections (
        position      INTEGER PRIMARY KEY,
        unit_id       TEXT    NOT NULL,
        at            INTEGER NOT NULL,
        kind          TEXT    NOT NULL,
        zero_hazard   INTEGER NOT NULL,
        findings      INTEGER NOT NULL,
        spot_check_id TEXT
      );
      CREATE INDEX IF NOT EXISTS daily_inspections_at ON daily_inspections (at);
      CREATE TABLE IF NOT EXISTS daily_hazards (
        hazard_key         TEXT    PRIMARY KEY,
        unit_id            TEXT,
        name               TEXT    NOT NULL,
        town               TEXT    NOT NULL,
        industry_authority TEXT    NOT NULL,
        category           TEXT    NOT NULL,
        source             TEXT    NOT NULL,
        found_at           INTEGER NOT NULL,
        verified_at        INTEGER,
        -- the deadline in force now, and since when: older cut-offs read daily_deadlines
        deadline_at        INTEGER,
        deadline_from      INTEGER NOT NULL,
        case_id            TEXT
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS daily_hazards_case ON daily_hazards (case_id)
        WHERE case_id IS NOT NULL;
      CREATE TABLE IF NOT EXISTS daily_deadlines (
        seq         INTEGER PRIMARY KEY,
        hazard_key  TEXT    NOT NULL,
        at          INTEGER NOT NULL,
        deadline_at INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS daily_deadlines_hazard ON daily_deadlines (hazard_key, at);
      CREATE TABLE IF NOT EXISTS daily_spot_checks (
        spot_check_id TEXT PRIMARY KEY,
        day           TEXT NOT NULL,
        unit_id       TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS daily_spot_checks_unit ON daily_spot_checks (unit_id, day);
    `);
  }

  handle(events: readonly RecordedEvent[]): void {
    for (const event of events) {
      if (unitIdOf(event.streamId)) this.unit(event);
      else if (inspectionIdOf(event.streamId)) this.inspection(event);
      else if (generalHazardIdOf(event.streamId)) this.generalHazard(event);
      else if (caseIdOf(event.streamId)) this.majorCase(event);
      else if (spotCheckDrawStream.holds(event)) this.draw(event.data.drawn, event.data.day);
    }
  }

  truncate(): void {
    this.db.exec(`
      DROP TABLE IF EXISTS daily_units; DROP TABLE IF EXISTS daily_inspections;
      DROP TABLE IF EXISTS daily_hazards; DROP TABLE IF EXISTS daily_deadlines;
      DROP TABLE IF EXISTS daily_spot_checks;`);
    this.createSchema();
  }

  private unit(event: RecordedEvent): void {
    const unitId = unitIdOf(event.streamId) as string;
    const { type, data } = event as unknown as UnitEvent;
    const before = this.statements.lastUnit.get(unitId);
    const version = (profile: Partial<UnitProfile>, active: boolean) => ({
      unitId,
      at: stamp(event),
      town: profile.town ?? before?.town ?? '',
      industryAuthority: profile.industryAuthority ?? before?.industry_authority ?? '',
      category: profile.category ?? before?.category ?? '',
      name: profile.name ?? before?.name ?? '',
      riskFlags: profile.riskFlags?.length ?? before?.risk_flags ?? 0,
      active: active ? 1 : 0,
    });
    if (type === 'UnitRegistered') this.statements.unit.run(version(data.profile, true));
    else if (type === 'UnitAmended') this.statements.unit.run(version(data.changes, true));
    else if (type === 'UnitClosed') this.statements.unit.run(version({}, false));
  }

  private inspection(event: RecordedEvent): void {
    if (event.type !== 'InspectionRecorded') return;
    const data = event.data as unknown as RecordedInspection;
    this.statements.inspection.run({
      position: Number(event.position),
      unitId: data.unit.unitId,
      at: stamp(event),
      kind: data.kind,
      zeroHazard: data.zeroHazard ? 1 : 0,
      findings: data.findings.length,
      spotCheckId: data.spotCheckId ?? null,
    });
  }

  private generalHazard(event: RecordedEvent): void {
    const key = generalHazardIdOf(event.streamId) as string;
    const at = stamp(event);
    if (event.type === 'GeneralHazardFound') {
      const hazard = event.data as unknown as FoundHazard;
      const deadlineAt = Date.parse(hazard.rectificationDeadline);
      this.statements.hazard.run({
        key,
        unitId: hazard.unit.unitId,
        name: hazard.unit.name,
        town: hazard.unit.town,
        industryAuthority: hazard.unit.industryAuthority,
        category: hazard.unit.category,
        source: hazard.source,
        at,
        deadlineAt,
      });
      this.statements.deadline.run(key, at, deadlineAt);
      return;
    }
    const { type, data } = event as unknown as GeneralHazardEvent;
    if (type === 'GeneralDeadlineExtended') this.setDeadline(key, at, Date.parse(data.deadline));
    else if (type === 'GeneralHazardVerified') this.statements.verified.run(at, key);
    else if (type === 'GeneralHazardEscalated') this.statements.escalated.run(data.caseId, key);
  }

  private majorCase(event: RecordedEvent): void {
    const caseId = caseIdOf(event.streamId) as string;
    const at = stamp(event);
    const { type, data } = event as unknown as HazardEvent;
    if (type === 'HazardListed') {
      // Escalated from a general hazard: that hazard's row already counts it.
      if (data.origin) return;
      const key = `case:${caseId}`;
      this.statements.hazard.run({
        key,
        unitId: null,
        name: data.listing.unitName,
        town: data.listing.town,
        industryAuthority: data.listing.industryAuthority,
        category: '',
        source: 'major',
        at,
        deadlineAt: null,
      });
      this.statements.escalated.run(caseId, key);
      return;
    }
    const key = this.statements.keyOfCase.get(caseId)?.hazard_key;
    if (!key) return;
    if (type === 'PlanApproved') this.setDeadline(key, at, Date.parse(data.rectificationDeadline));
    else if (type === 'ExtensionApproved' && data.kind === 'rectification') {
      this.setDeadline(key, at, Date.parse(data.deadline));
    } else if (type === 'CaseClosed') this.statements.verified.run(at, key);
  }

  private setDeadline(key: string, at: number, deadlineAt: number): void {
    this.statements.deadline.run(key, at, deadlineAt);
    this.statements.currentDeadline.run(deadlineAt, at, key);
  }

  private draw(drawn: ReadonlyArray<{ spotCheckId: string; unitId: string }>, day: string): void {
    for (const d of drawn) this.statements.drawn.run(d.spotCheckId, day, d.unitId);
  }
}

interface UnitVersionRow {
  town: string;
  industry_authority: string;
  category: string;
  name: string;
  risk_flags: number;
  active: number;
}
