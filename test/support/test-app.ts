import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { CLOCK } from '@hazard/domain';
import type { Clock, Role } from '@hazard/domain';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import { caseStream } from '@hazard/cases';
import type { CaseEvent } from '@hazard/cases';
import { configureHttpApp } from '@hazard/http';
import { startRedis } from './redis-server';
import type { TestRedis } from './redis-server';
import { tempDir } from './temp-dir';
import type { TempDir } from './temp-dir';

export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789';

export interface TestUser {
  id: string;
  name: string;
  token: string;
  /** `Authorization` header value. */
  auth: string;
}

export interface NewTestUser {
  name: string;
  roles: Role[];
  towns?: string[];
  departments?: string[];
}

export interface TestApp {
  app: INestApplication;
  http: () => ReturnType<typeof request>;
  store: EventStore;
  dataDir: TempDir;
  adminAuth: string;
  createUser(user: NewTestUser): Promise<TestUser>;
  /** A JSON POST as this user. */
  post(user: TestUser, path: string, body?: object): request.Test;
  events(caseId: string): Promise<CaseEvent[]>;
  /** The projection is asynchronous: resolves once /health says it has nothing left to apply. */
  readModelsCaughtUp(): Promise<void>;
  /** Closes the app only; the data directory and Redis stay for a restart. */
  stop(): Promise<void>;
  /** Closes the app, stops Redis and removes the data directory. */
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Time as an input where a test depends on it (e.g. a ManualClock). */
  clock?: Clock;
  runWorkers?: boolean;
  /** Reuse the files of an earlier app (a restart). */
  dataDir?: TempDir;
  redis?: TestRedis;
}

/**
 * The real AppModule over HTTP, with the same pipeline as main.ts, on a temporary DATA_DIR
 * and a private redis-server. The environment is read when AppModule is first imported,
 * so every app in one test file shares DATA_DIR and REDIS_URL.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = options.dataDir ?? tempDir('hazard-e2e-');
  const redis = options.redis ?? (await startRedis());
  process.env.DATA_DIR = dataDir.path;
  process.env.REDIS_URL = redis.url;
  process.env.ADMIN_TOKEN = TEST_ADMIN_TOKEN;
  process.env.RUN_WORKERS = String(options.runWorkers ?? false);
  const { AppModule } = await import('../../apps/api/src/app.module');
  let builder = Test.createTestingModule({ imports: [AppModule] });
  if (options.clock) builder = builder.overrideProvider(CLOCK).useValue(options.clock);
  const moduleRef = await builder.compile();
  const app = configureHttpApp(moduleRef.createNestApplication({ logger: ['error', 'warn'] }));
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
    async createUser(user) {
      const response = await http()
        .post('/api/users')
        .set('Authorization', adminAuth)
        .send(user)
        .expect(201);
      const { id, token } = response.body as { id: string; token: string };
      return { id, name: user.name, token, auth: `Bearer ${token}` };
    },
    post: (user, path, body = {}) => http().post(path).set('Authorization', user.auth).send(body),
    events: async (caseId) =>
      (await store.read(caseStream.streamId(caseId))).map(caseStream.decode),
    async readModelsCaughtUp() {
      for (let i = 0; i < 200; i += 1) {
        const health = await http().get('/health');
        if (health.body.checks?.readModels?.behind === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error('the read model did not catch up');
    },
    stop,
    async close() {
      await stop();
      await redis.stop();
      dataDir.remove();
    },
  };
}
