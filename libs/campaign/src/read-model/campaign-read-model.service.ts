import { Inject, Injectable, Logger } from '@nestjs/common';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { DEADLINE_POLICY, GENERAL_HAZARD_POLICY } from '@hazard/domain';
import type { DeadlinePolicy, GeneralHazardPolicy } from '@hazard/domain';
import { EVENT_STORE, ProjectionRunner, SqliteCheckpointStore } from '@hazard/event-store';
import type { EventStore, Projection, ProjectionStatus, RecordedEvent } from '@hazard/event-store';
import type { BatchProjection } from './batch-projection';
import { DailyFactsProjection } from '../daily/figures/daily-facts.projection';
import { CAMPAIGN_DB } from './campaign-database';
import { GeneralHazardsProjection } from './general-hazards.projection';
import { InspectionsProjection } from './inspections.projection';
import { MajorCasesProjection } from './major-cases.projection';
import { UnitsProjection } from './units.projection';

/** The campaign's tables, in the order a page is applied to them (a unit's row first). */
export const campaignTables = (
  db: Database.Database,
  generalPolicy: GeneralHazardPolicy,
  casePolicy: DeadlinePolicy,
): BatchProjection[] => [
  new UnitsProjection(db),
  new InspectionsProjection(db),
  new GeneralHazardsProjection(db, generalPolicy),
  new MajorCasesProjection(db, casePolicy),
  new DailyFactsProjection(db),
];

/**
 * The campaign's read models as one definition of the projection runner: a page is applied
 * to every table in order (a unit's row before its inspections), and all of it commits with
 * one checkpoint. Any table's new version replays them all.
 */
export function campaignProjection(
  tables: readonly BatchProjection[],
  checkpoints: SqliteCheckpointStore,
): Projection {
  return {
    name: 'campaign',
    version: tables.reduce((version, table) => version * 100 + table.version, 0),
    checkpoints,
    handles: (_event): _event is RecordedEvent => true,
    handle: (events) => () => tables.forEach((table) => table.handle(events)),
    truncate: () => () => tables.forEach((table) => table.truncate()),
  };
}

/** The campaign's read models following the events, from bootstrap to shutdown. */
@Injectable()
export class CampaignReadModel implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly runner: ProjectionRunner;

  constructor(
    @Inject(CAMPAIGN_DB) db: Database.Database,
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(GENERAL_HAZARD_POLICY) generalPolicy: GeneralHazardPolicy,
    @Inject(DEADLINE_POLICY) casePolicy: DeadlinePolicy,
  ) {
    this.runner = new ProjectionRunner(
      store,
      campaignProjection(
        campaignTables(db, generalPolicy, casePolicy),
        new SqliteCheckpointStore(db),
      ),
      { logger: new Logger(ProjectionRunner.name) },
    );
  }

  onApplicationBootstrap(): Promise<void> {
    return this.runner.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.runner.stop();
  }

  /** A command's answer waits for this, so that the lists show what it just did. */
  reached(position: bigint): Promise<void> {
    return this.runner.reached(position);
  }

  /** Resolves once every event stored so far is reflected (what an issued report must see). */
  async caughtUp(timeoutMs = 60_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while ((await this.runner.status()).behind > 0) {
      if (Date.now() > until) throw new Error('the campaign read model is not catching up');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  status(): Promise<ProjectionStatus> {
    return this.runner.status();
  }
}
