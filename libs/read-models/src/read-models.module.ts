import { Inject, Module } from '@nestjs/common';
import type { DynamicModule, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type Database from 'better-sqlite3';
import { DEADLINE_POLICY } from '@hazard/domain';
import type { DeadlinePolicy } from '@hazard/domain';
import type { Environment } from '@hazard/config';
import { projectionRunnerProvider } from '@hazard/event-store';
import { DashboardHttpController } from './dashboard/dashboard.http.controller';
import { DashboardQuery } from './dashboard/dashboard.query';
import { HazardExportHttpController } from './export/hazard-export.http.controller';
import { HazardListExport } from './export/hazard-list.export';
import { HazardQueriesController } from './http/hazard-queries.http.controller';
import { HazardCasesProjection } from './projection/hazard-cases.projection';
import { CaseDetailQuery } from './queries/case-detail.query';
import { CaseHistoryQuery } from './queries/case-history.query';
import { HazardCaseQueries } from './queries/hazard-cases.queries';
import { openReadModelDatabase, READ_MODEL_DB, readModelFile } from './read-model-database';

/** The runner of the hazard-cases projection (a ProjectionRunner): its status, its rebuild. */
export const HAZARD_CASES_RUNNER = Symbol('HAZARD_CASES_RUNNER');

export interface ReadModelsOptions {
  /** Follow the event store while the application runs (the API does; the CLI does not). */
  runProjection: boolean;
}

/**
 * The read side: `${DATA_DIR}/read-models.sqlite`, the projection that keeps it current, and
 * the queries served from it. The API follows the events; the CLI opens the same database
 * without following (forRoot({ runProjection: false })).
 */
@Module({})
export class ReadModelsModule implements OnApplicationShutdown {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  static forRoot(options: ReadModelsOptions = { runProjection: true }): DynamicModule {
    return {
      module: ReadModelsModule,
      // Global: health checks and CLI commands reach the projection without re-importing it.
      global: true,
      // The export first: its path would otherwise be taken for a case id.
      controllers: [HazardExportHttpController, HazardQueriesController, DashboardHttpController],
      providers: [
        {
          provide: READ_MODEL_DB,
          inject: [ConfigService],
          useFactory: (config: ConfigService<Environment, true>) =>
            openReadModelDatabase(readModelFile(config.get('DATA_DIR', { infer: true }))),
        },
        projectionRunnerProvider({
          provide: HAZARD_CASES_RUNNER,
          inject: [READ_MODEL_DB, DEADLINE_POLICY],
          useFactory: (store, db: Database.Database, policy: DeadlinePolicy) =>
            new HazardCasesProjection(db, store, policy),
          options: { follow: options.runProjection },
        }),
        HazardCaseQueries,
        CaseDetailQuery,
        CaseHistoryQuery,
        DashboardQuery,
        HazardListExport,
      ],
      exports: [READ_MODEL_DB, HAZARD_CASES_RUNNER, HazardCaseQueries],
    };
  }

  /** Runs after every provider's hook, so the projection has stopped writing by now. */
  onApplicationShutdown(): void {
    this.db.close();
  }
}
