import { startApiProcess } from './app-process';
import type { ApiProcess } from './app-process';
import { freshListing } from './hazard-requests';
import { createUserOver } from './http-users';
import type { TestUser } from './http-users';
import { tempDir } from './temp-dir';

const ADMIN_TOKEN = 'install-admin-token-0123456789';
export const ADMIN = `Bearer ${ADMIN_TOKEN}`;

/**
 * A policy "day" is two seconds and a plan is due in five: the 3-day and 1-day reminders come
 * 4 s and 8 s after assignment, the miss (and at once the urging letter) at 10 s; the next
 * rung only after 2,000 s.
 */
export const SHORT_DEADLINES = {
  DEADLINE_DAY_SECONDS: '2',
  PLAN_DAYS_URGENT: '5',
  ESCALATION_INTERVAL_DAYS: '1000,1000',
};

/** One install as `npm start` runs it: apps/api with its workers, a DATA_DIR of its own. */
export interface Install {
  api: ApiProcess;
  committee: TestUser;
  leader: TestUser;
  /** The key prefix it says it uses at start-up. */
  prefix: string;
  /** Lists a case and assigns its leader: its plan deadline runs from now. */
  openCase(): Promise<string>;
  /** The case's event types, read over HTTP. */
  types(caseId: string): Promise<string[]>;
  stop(): Promise<void>;
}

export async function startInstall(env: NodeJS.ProcessEnv): Promise<Install> {
  const dir = tempDir('hazard-install-');
  let api: ApiProcess;
  try {
    api = await startApiProcess({ ...SHORT_DEADLINES, ADMIN_TOKEN, DATA_DIR: dir.path, ...env });
  } catch (error) {
    dir.remove();
    throw error;
  }
  const prefix = /key prefix "([^"]+)"/.exec(api.output())?.[1] ?? '';
  const committee = await createUserOver(() => api.http(), ADMIN, {
    name: '南安市安委会办公室',
    roles: ['committee'],
  });
  const leader = await createUserOver(() => api.http(), ADMIN, {
    name: '挂牌领导 陈建国',
    roles: ['leader'],
  });
  const auth = { Authorization: committee.auth };
  return {
    api,
    committee,
    leader,
    prefix,
    async openCase() {
      const listed = await api.http().post('/api/hazards').set(auth).send(freshListing());
      if (listed.status !== 201) throw new Error(`listing: ${listed.status} ${listed.text}`);
      const caseId = listed.body.id as string;
      await api
        .http()
        .post(`/api/hazards/${caseId}/assign-leader`)
        .set(auth)
        .send({ leaderId: leader.id, leaderName: leader.name })
        .expect(200);
      return caseId;
    },
    async types(caseId) {
      const history = await api
        .http()
        .get(`/api/hazards/${caseId}/events?limit=100`)
        .set(auth)
        .expect(200);
      return (history.body.items as Array<{ type: string }>).map((event) => event.type);
    },
    async stop() {
      await api.stop();
      dir.remove();
    },
  };
}
