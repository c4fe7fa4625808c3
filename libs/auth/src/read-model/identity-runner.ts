import type Database from 'better-sqlite3';
import { projectionRunnerProvider } from '@hazard/event-store';
import { IDENTITY_DB } from './identity-database';
import { UsersProjection } from './users.projection';

/** The runner of this instance's identity read model (a ProjectionRunner). */
export const IDENTITY_RUNNER = Symbol('IDENTITY_RUNNER');

export const identityRunnerProvider = projectionRunnerProvider({
  provide: IDENTITY_RUNNER,
  inject: [IDENTITY_DB],
  useFactory: (_store, db: Database.Database) => new UsersProjection(db),
});
