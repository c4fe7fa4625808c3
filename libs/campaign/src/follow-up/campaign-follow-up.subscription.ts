import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import Database from 'better-sqlite3';
import { ProjectionRunner, SqliteCheckpointStore } from '@hazard/event-store';
import type { RecordedEvent } from '@hazard/event-store';
import type { Environment } from '@hazard/config';
import { CampaignContext } from '../commands/campaign-context';
import { EscalationService } from '../commands/escalation.service';
import { InspectionCommands } from '../commands/inspection-commands.service';
import { CampaignFollowUp } from './campaign-follow-up';

/**
 * Runs the campaign follow-up as a projection of the one runner, where the workers run (in
 * the API with RUN_WORKERS, or in apps/worker): at-least-once, each step idempotent, so its
 * checkpoint is saved after the page's steps.
 */
@Injectable()
export class CampaignFollowUpSubscription
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  private readonly logger = new Logger(CampaignFollowUpSubscription.name);
  private db: Database.Database | null = null;
  private runner: ProjectionRunner | null = null;
  private readonly followUp: CampaignFollowUp;

  constructor(
    private readonly context: CampaignContext,
    inspections: InspectionCommands,
    escalations: EscalationService,
    private readonly config: ConfigService<Environment, true>,
  ) {
    this.followUp = new CampaignFollowUp(context, inspections, escalations);
  }

  async onApplicationBootstrap(): Promise<void> {
    const dataDir = this.config.get('DATA_DIR', { infer: true });
    mkdirSync(dataDir, { recursive: true });
    const db = new Database(join(dataDir, 'campaign-follow-up.sqlite'));
    db.pragma('journal_mode = WAL');
    this.db = db;
    const { followUp } = this;
    this.runner = new ProjectionRunner(
      this.context.store,
      {
        name: 'campaign-follow-up',
        version: 1,
        checkpoints: new SqliteCheckpointStore(db),
        handles: (_event): _event is RecordedEvent => true,
        async handle(events) {
          for (const event of events) await followUp.handle(event);
          return undefined;
        },
        // Nothing of its own to empty: replaying repeats idempotent steps.
        truncate: () => undefined,
      },
      { logger: this.logger },
    );
    await this.runner.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runner?.stop();
    this.db?.close();
  }
}
