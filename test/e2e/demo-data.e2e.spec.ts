import { startTestApp } from '../support/test-app';
import type { TestApp, TestUser } from '../support/test-app';

interface Item {
  state: string;
  town: string;
  overdue: boolean;
  escalationLevel: string | null;
}

/** `npm start -- --demo`: what a new user sees at once, loaded through the real command path. */
describe('the demo data set', () => {
  let t: TestApp;
  let committee: TestUser;
  let printed = '';
  let loadDemo: (app: TestApp['app']) => Promise<void>;
  const countAll = async () => (await t.store.readAll(null, 100_000)).length;

  beforeAll(async () => {
    t = await startTestApp();
    // Imported only now: the app's modules read the environment the test app has just set.
    ({ loadDemo } = await import('../../apps/api/src/demo/load-demo'));
    committee = await t.createUser({ name: '安委会', roles: ['committee'] });
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      printed += String(chunk);
      return true;
    });
    try {
      await loadDemo(t.app);
    } finally {
      write.mockRestore();
    }
  });
  afterAll(() => t.close());

  const caughtUp = () => t.readModelsCaughtUp();

  it('lists seven hazards in five towns, in different states, one overdue with an urging letter', async () => {
    await caughtUp();
    const response = await t
      .http()
      .get('/api/hazards?pageSize=100')
      .set('Authorization', committee.auth)
      .expect(200);
    const items = response.body.items as Item[];
    expect(items).toHaveLength(7);
    expect(new Set(items.map((i) => i.town)).size).toBe(5);
    expect(items.map((i) => i.state).sort()).toEqual(
      [
        'closed',
        'controlsInPlace',
        'leaderAssigned.awaitingPlan',
        'leaderAssigned.planSubmitted',
        'listed',
        'planApproved',
        'rectified',
      ].sort(),
    );
    const overdue = items.filter((i) => i.overdue);
    expect(overdue).toEqual([
      expect.objectContaining({
        state: 'leaderAssigned.awaitingPlan',
        escalationLevel: 'urgingLetter',
      }),
    ]);
  });

  it('prints the console URL and each demo user’s login, password and token, which work', async () => {
    expect(printed).toContain('http://127.0.0.1:3000/');
    const committeeLine = printed.split('\n').find((line) => line.trim().startsWith('committee'));
    const [, login, password, token] = committeeLine?.trim().split(/\s+/) ?? [];
    expect(login).toBe('anweiban');
    await t.http().get('/api/hazards').set('Authorization', `Bearer ${token}`).expect(200);
    const session = await t.signIn(login, password);
    const me = await t.http().get('/api/me').set(session.headers).expect(200);
    expect(me.body).toMatchObject({ login: 'anweiban', roles: ['committee'] });
  });

  it('changes nothing when loaded again', async () => {
    const before = await countAll();
    await loadDemo(t.app);
    expect(await countAll()).toBe(before);
  });
});
