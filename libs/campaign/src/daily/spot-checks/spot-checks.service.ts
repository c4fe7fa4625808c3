import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type Database from 'better-sqlite3';
import {
  authorizeSpotCheckDraw,
  CLOCK,
  DAY_MS,
  drawSpotChecks,
  spotCheckWeight,
} from '@hazard/domain';
import type { Actor, Clock, EventMetadata, SpotCheckCandidate } from '@hazard/domain';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore, RecordedEvent } from '@hazard/event-store';
import type { Environment } from '@hazard/config';
import { appendOnce, readOnce } from '@hazard/commands';
import { CAMPAIGN_DB } from '../../read-model/campaign-database';
import { CampaignReadModel } from '../../read-model/campaign-read-model.service';
import { DailySnapshotReader } from '../figures/daily-snapshot';
import type { UnitAt } from '../figures/daily-snapshot';
import { DailyFigures } from '../figures/daily-figures.service';
import { SPOT_CHECKS_DRAWN, spotCheckDrawStream, spotCheckIdOf } from './spot-check.stream';
import type { DrawnSpotCheck, SpotCheckDraw, SpotChecksDrawn } from './spot-check.stream';

export interface SpotCheckVisit {
  spotCheckId: string;
  inspections: number;
  findings: number;
}

export interface DrawnSpotCheckStatus extends DrawnSpotCheck {
  /** Whether the field team has recorded its visit, and what it found. */
  visited: boolean;
  findings: number;
}

export interface SpotCheckList {
  date: string;
  drawn: boolean;
  drawnAt: string | null;
  seed: string | null;
  candidates: number;
  items: DrawnSpotCheckStatus[];
}

const daysBetween = (from: number, to: number): number => Math.floor((to - from) / DAY_MS);
const round = (n: number) => Math.round(n * 10_000) / 10_000;

/**
 * The daily draw of zero-hazard units for the field team (重点抽查“零隐患”单位), stored once per
 * day with its seed and candidates, and its list with each visit as recorded.
 */
@Injectable()
export class SpotChecks {
  private readonly reader: DailySnapshotReader;
  private readonly recentlyDrawn;
  private readonly visits;

  constructor(
    @Inject(CAMPAIGN_DB) db: Database.Database,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly figures: DailyFigures,
    private readonly readModel: CampaignReadModel,
    private readonly config: ConfigService<Environment, true>,
  ) {
    this.reader = new DailySnapshotReader(db);
    this.recentlyDrawn = db
      .prepare<[string, string], [string]>(
        'SELECT DISTINCT unit_id FROM daily_spot_checks WHERE day >= ? AND day < ?',
      )
      .raw();
    this.visits = db.prepare<[string], SpotCheckVisit>(
      `SELECT spot_check_id AS spotCheckId, COUNT(*) AS inspections, SUM(findings) AS findings
       FROM daily_inspections WHERE spot_check_id LIKE ? || '/%' GROUP BY spot_check_id`,
    );
  }

  async draw(
    actor: Actor,
    options: { date?: string; seed?: string } = {},
  ): Promise<{ draw: SpotCheckDraw; drawnAt: string; created: boolean }> {
    const role = authorizeSpotCheckDraw(actor);
    const day = this.figures.day(options.date);
    const now = this.clock.now();
    const timeZone = this.figures.timeZone;
    const { event, created } = await appendOnce(
      this.store,
      spotCheckDrawStream,
      day,
      { actor, role, now, timeZone },
      async (): Promise<SpotChecksDrawn> => {
        await this.readModel.caughtUp();
        const end = this.figures.endOf(day);
        const cutOff = Math.min(end.getTime(), now.getTime());
        return {
          type: SPOT_CHECKS_DRAWN,
          data: this.drawAt(day, cutOff, options.seed ?? randomUUID()),
        };
      },
    );
    return { draw: event.data, drawnAt: event.metadata.occurredAt, created };
  }

  async list(date?: string): Promise<SpotCheckList> {
    const day = this.figures.day(date);
    const event: RecordedEvent<SpotChecksDrawn, EventMetadata> | null = await readOnce(
      this.store,
      spotCheckDrawStream,
      day,
    );
    if (!event) {
      return { date: day, drawn: false, drawnAt: null, seed: null, candidates: 0, items: [] };
    }
    const visits = new Map(this.visits.all(day).map((v) => [v.spotCheckId, v]));
    return {
      date: day,
      drawn: true,
      drawnAt: event.metadata.occurredAt,
      seed: event.data.seed,
      candidates: event.data.candidates.length,
      items: event.data.drawn.map((d) => {
        const visit = visits.get(d.spotCheckId);
        return { ...d, visited: visit !== undefined, findings: visit?.findings ?? 0 };
      }),
    };
  }

  /**
   * The draw of `day`: active units whose latest self-inspection before `cutOff` reported zero
   * hazards, less those drawn within the repeat interval, weighted by their risk flags and the
   * days since their last supervisory visit.
   */
  private drawAt(day: string, cutOff: number, seed: string): SpotCheckDraw {
    const repeatIntervalDays = this.config.get('SPOT_CHECK_REPEAT_DAYS', { infer: true });
    const size = this.config.get('SPOT_CHECK_SAMPLE_SIZE', { infer: true });
    const since = new Date(Date.parse(`${day}T00:00:00Z`) - repeatIntervalDays * DAY_MS)
      .toISOString()
      .slice(0, 10);
    const recent = new Set(this.recentlyDrawn.all(since, day).map(([unitId]) => unitId));
    const eligible = [...this.reader.inspectedAt(cutOff).units.values()]
      .filter((u) => u.active && u.latestSelfZero === true && !recent.has(u.unitId))
      .sort((a, b) => (a.unitId < b.unitId ? -1 : 1));
    const weightOf = (u: UnitAt) =>
      round(
        spotCheckWeight(
          u.riskFlags,
          u.lastVisitAt === null ? null : daysBetween(u.lastVisitAt, cutOff),
        ),
      );
    const candidates: SpotCheckCandidate[] = eligible.map((u) => ({
      unitId: u.unitId,
      weight: weightOf(u),
    }));
    const byId = new Map(eligible.map((u) => [u.unitId, u]));
    const drawn = drawSpotChecks(seed, candidates, size).map((unitId, i) => {
      const u = byId.get(unitId) as UnitAt;
      return {
        spotCheckId: spotCheckIdOf(day, i),
        unitId,
        name: u.name,
        town: u.town,
        industryAuthority: u.industryAuthority,
        weight: weightOf(u),
      };
    });
    return { day, seed, size, repeatIntervalDays, candidates, drawn };
  }
}
