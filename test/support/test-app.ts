import { ConsoleLogger } from '@nestjs/common';
import type { INestApplication, LogLevel } from '@nestjs/common';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import type { TestingModuleBuilder } from '@nestjs/testing';
import request from 'supertest';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { CLOCK } from '@hazard/domain';
import type { Clock } from '@hazard/domain';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import { caseStream } from '@hazard/commands';
import type { CaseEvent } from '@hazard/commands';
import { configureHttpApp, HTTP_APP_OPTIONS } from '@hazard/http';
import { NotificationInbox } from '@hazard/notifications';
import { LOG_OUTPUT } from '@hazard/observability';
import type { LogOutput } from '@hazard/observability';
import { openReadModelDatabase, READ_MODEL_DB } from '@hazard/read-models';
import {
  IDENTITY_DB,
  openIdentityDatabase,
} from '../../libs/auth/src/read-model/identity-database';
import { createUserOver, signInOver } from './http-users';
import type { NewTestUser, SignedInUser, TestUser } from './http-users';
// By file, not '@hazard/campaign': that would load RuntimeModule before DATA_DIR is set.
import {
  CAMPAIGN_DB,
  openCampaignDatabase,
} from '../../libs/campaign/src/read-model/campaign-database';
import {
  DIGEST_TIMELINE_DB,
  openDigestTimelineDatabase,
} from '../../libs/reporting/src/weekly-digest/timeline/digest-timeline-database';
import { startRedis } from './redis-server';
import type { TestRedis } from './redis-server';
import { tempDir } from './temp-dir';
import type { TempDir } from './temp-dir';

export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789';

export type { NewTestUser, SignedInUser, TestUser } from './http-users';

export interface TestApp {
  app: INestApplication;
  http: () => ReturnType<typeof request>;
  store: EventStore;
  dataDir: TempDir;
  adminAuth: string;
  createUser(user: NewTestUser): Promise<TestUser>;
  /** Signs in (expects 200) and returns the cookie jar and CSRF header of the session. */
  signIn(login: string, password: string): Promise<SignedInUser>;
  /** A JSON POST as this user. */
  post(user: TestUser, path: string, body?: object): request.Test;
  events(caseId: string): Promise<CaseEvent[]>;
  /**
   * The projections are asynchronous: resolves once /health (as the admin, who sees the
   * details) says they have nothing left to apply.
   */
  readModelsCaughtUp(): Promise<void>;
  /** Closes the app only; the data directory and Redis stay for a restart. */
  stop(): Promise<void>;
  /** Closes the app, stops Redis and removes the data directory (a replica: the app only). */
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Time as an input where a test depends on it (e.g. a ManualClock). */
  clock?: Clock;
  /** What the app logs, through Nest's console logger; else errors only (Nest's testing logger). */
  logLevels?: LogLevel[];
  /**
   * Where the app's pino lines go (at level info, and Nest's own lines with them), as
   * `npm start` writes them; without it the request log is silent.
   */
  logs?: DestinationStream;
  runWorkers?: boolean;
  /** Reuse the files of an earlier app (a restart). */
  dataDir?: TempDir;
  redis?: TestRedis;
  /**
   * A second API instance beside `replicaOf`, as another replica would be: the same event
   * store file and Redis, but its own store connection and its own local read models.
   */
  replicaOf?: TestApp;
}

let replicas = 0;

/** The providers of a replica's local files, under a directory of its own. */
function ownReadModels(builder: TestingModuleBuilder, dir: string): TestingModuleBuilder {
  return builder
    .overrideProvider(IDENTITY_DB)
    .useFactory({ factory: () => openIdentityDatabase(join(dir, 'identity.sqlite')) })
    .overrideProvider(READ_MODEL_DB)
    .useFactory({ factory: () => openReadModelDatabase(join(dir, 'read-models.sqlite')) })
    .overrideProvider(CAMPAIGN_DB)
    .useFactory({ factory: () => openCampaignDatabase(join(dir, 'campaign.sqlite')) })
    .overrideProvider(DIGEST_TIMELINE_DB)
    .useFactory({ factory: () => openDigestTimelineDatabase(dir) })
    .overrideProvider(NotificationInbox)
    .useFactory({ factory: () => new NotificationInbox(join(dir, 'notifications.sqlite')) });
}

/**
 * The real AppModule over HTTP, with the same pipeline as main.ts, on a temporary DATA_DIR
 * and a private redis-server. The environment is read when AppModule is first imported,
 * so every app in one test file shares DATA_DIR and REDIS_URL.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const replicaOf = options.replicaOf;
  const dataDir = replicaOf?.dataDir ?? options.dataDir ?? tempDir('hazard-e2e-');
  const redis = replicaOf ? null : (options.redis ?? (await startRedis()));
  process.env.DATA_DIR = dataDir.path;
  if (redis) process.env.REDIS_URL = redis.url;
  process.env.ADMIN_TOKEN = TEST_ADMIN_TOKEN;
  process.env.RUN_WORKERS = String(options.runWorkers ?? false);
  const { AppModule } = await import('../../apps/api/src/app.module');
  const logOutput: LogOutput = options.logs
    ? { level: 'info', stream: options.logs }
    : { level: 'silent' };
  let builder = Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(LOG_OUTPUT)
    .useValue(logOutput);
  if (options.clock) builder = builder.overrideProvider(CLOCK).useValue(options.clock);
  if (replicaOf) builder = ownReadModels(builder, dataDir.file(`replica-${++replicas}`));
  const moduleRef = await builder.compile();
  const app = configureHttpApp(
    moduleRef.createNestApplication({
      ...HTTP_APP_OPTIONS,
      logger: options.logLevels
        ? new ConsoleLogger({ logLevels: options.logLevels })
        : ['error', 'warn'],
    }),
  );
  if (options.logs) app.useLogger(app.get(PinoNestLogger));
  await app.init();
  const store = app.get<EventStore>(EVENT_STORE);
  const http = () => request(app.getHttpServer());
  const adminAuth = `Bearer ${TEST_ADMIN_TOKEN}`;
  const stop = () => app.close();
  return {
    app,
    http,
    store,
    dataDir,
    adminAuth,
    createUser: (user) => createUserOver(http, adminAuth, user),
    signIn: (login, password) => signInOver(http, login, password),
    post: (user, path, body = {}) => http().post(path).set('Authorization', user.auth).send(body),
    events: async (caseId) =>
      (await store.read(caseStream.streamId(caseId))).map(caseStream.decode),
    async readModelsCaughtUp() {
      for (let i = 0; i < 200; i += 1) {
        const { checks } = (await http().get('/health').set('Authorization', adminAuth)).body;
        if (
          checks?.readModels?.behind === 0 &&
          checks?.users?.behind === 0 &&
          checks?.campaign?.behind === 0
        ) {
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error('the read model did not catch up');
    },
    stop,
    async close() {
      await stop();
      if (!redis) return;
      await redis.stop();
      dataDir.remove();
    },
  };
}
