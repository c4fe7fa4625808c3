import type Database from 'better-sqlite3';
import { DEFAULT_DEADLINE_POLICY, ManualClock } from '@hazard/domain';
import type { Actor, CaseCommand } from '@hazard/domain';
import { ProjectionRunner, SqliteCheckpointStore, SqliteEventStore } from '@hazard/event-store';
import type { CheckpointStore } from '@hazard/event-store';
import { handleCaseCommand } from '@hazard/commands';
import { actors, leader, listing, NOW, plan, PLAN_DEADLINE } from '@hazard/testing/case-fixtures';
import { tempDir } from '@hazard/testing/temp-dir';
import { openReadModelDatabase } from '../read-model-database';
import { HazardCaseQueries } from '../queries/hazard-cases.queries';
import { HAZARD_CASES_SUBSCRIBER, HazardCasesProjection } from './hazard-cases.projection';

describe('the hazard-cases projection', () => {
  const dir = tempDir();
  const store = new SqliteEventStore(dir.file('events.sqlite'), { pollMs: 20 });
  let db: Database.Database;
  const deps = { store, now: NOW, timeZone: 'Asia/Shanghai', policy: DEFAULT_DEADLINE_POLICY };
  const clock = new ManualClock(NOW);
  let commandNo = 0;

  const run = (caseId: string, actor: Actor, command: CaseCommand, now = NOW) =>
    handleCaseCommand(
      { ...deps, now },
      { caseId, actor, command, commandId: `cmd-${(commandNo += 1)}` },
    );
  /** The scheduler acts when the deadline has come. */
  const atDeadline = new Date(PLAN_DEADLINE);
  const list = (caseId: string, town = listing.town) =>
    run(caseId, actors.committee, {
      type: 'ListHazard',
      data: { caseId, listing: { ...listing, town, title: `隐患 ${caseId}` } },
    });
  const assign = (caseId: string) =>
    run(caseId, actors.committee, { type: 'AssignLeader', data: { leader } });
  const miss = (caseId: string) =>
    run(
      caseId,
      actors.scheduler,
      {
        type: 'RecordDeadlineMissed',
        data: { kind: 'planSubmission', deadline: PLAN_DEADLINE },
      },
      atDeadline,
    );

  const caughtUp = async (runner: ProjectionRunner) => {
    for (let i = 0; i < 500 && (await runner.status()).behind > 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect((await runner.status()).behind).toBe(0);
  };
  const rows = () =>
    db
      .prepare(
        'SELECT * FROM hazard_cases JOIN hazard_case_snapshots USING (listed_position) ORDER BY id',
      )
      .all() as Array<Record<string, unknown>>;
  const runnerOn = (options = {}) =>
    new ProjectionRunner(
      store,
      new HazardCasesProjection(db, store, DEFAULT_DEADLINE_POLICY),
      options,
    );
  const loadCheckpoint = async () =>
    (await new SqliteCheckpointStore(db).load(HAZARD_CASES_SUBSCRIBER))?.position;

  beforeAll(() => {
    db = openReadModelDatabase(dir.file('read-models.sqlite'));
  });
  afterAll(async () => {
    db.close();
    await store.close();
    dir.remove();
  });

  it('derives state, leader, deadlines, the overdue flag and escalation from the machine', async () => {
    await list('a');
    await assign('a');
    await miss('a');
    await run(
      'a',
      actors.scheduler,
      {
        type: 'RaiseEscalation',
        data: { kind: 'planSubmission', deadline: PLAN_DEADLINE, level: 'urgingLetter' },
      },
      atDeadline,
    );
    await list('b', '官桥镇');
    const runner = runnerOn();
    await runner.start();
    await caughtUp(runner);
    await runner.stop();

    const queries = new HazardCaseQueries(db, clock, DEFAULT_DEADLINE_POLICY);
    const a = queries.detail(actors.committee, 'a');
    expect(a).toMatchObject({
      state: 'leaderAssigned.awaitingPlan',
      leader,
      deadlines: { planSubmission: PLAN_DEADLINE },
      deadlineInForce: { kind: 'planSubmission', deadline: PLAN_DEADLINE },
      overdue: true,
      escalationLevel: 'urgingLetter',
      version: 4,
      listedAt: '2026-11-30T08:00:00+08:00',
    });
    expect(queries.detail(actors.committee, 'b')).toMatchObject({
      state: 'listed',
      overdue: false,
    });
    const overdue = queries.list({
      actor: actors.committee,
      filter: { overdue: true },
      paging: { pageSize: 10 },
    });
    expect(overdue.items.map((i) => i.id)).toEqual(['a']);
    const leaderAssigned = queries.list({
      actor: actors.committee,
      filter: { state: 'leaderAssigned' },
      paging: { pageSize: 10 },
    });
    expect(leaderAssigned.total).toBe(1);
  });

  it('clears the overdue flag once the plan is in, because the deadline in force changed', async () => {
    await run('a', actors.leader, { type: 'SubmitPlan', data: { plan } });
    const runner = runnerOn();
    await runner.start();
    await caughtUp(runner);
    await runner.stop();
    expect(
      new HazardCaseQueries(db, clock, DEFAULT_DEADLINE_POLICY).detail(actors.committee, 'a'),
    ).toMatchObject({
      state: 'leaderAssigned.planSubmitted',
      overdue: false,
      escalationLevel: null,
      deadlineInForce: null,
    });
  });

  it('ignores redelivered events: the rows stay as they are and only the checkpoint moves', async () => {
    const before = rows();
    const checkpoint = await loadCheckpoint();
    const { version } = new HazardCasesProjection(db, store, DEFAULT_DEADLINE_POLICY);
    // Every event delivered again, one per page as the live path sees them.
    await new SqliteCheckpointStore(db).save(HAZARD_CASES_SUBSCRIBER, { position: null, version });
    const runner = runnerOn({ batchSize: 1 });
    await runner.start();
    await caughtUp(runner);
    await runner.stop();
    expect(rows()).toEqual(before);
    expect(await loadCheckpoint()).toBe(checkpoint);
  });

  it('resumes from its checkpoint after a restart and applies only what came after', async () => {
    const checkpoint = (await loadCheckpoint())!;
    await list('c', '溪美街道');
    await assign('b');
    const runner = runnerOn();
    await runner.start();
    await caughtUp(runner);
    await runner.stop();
    expect(rows().map((r) => [r.id, r.state])).toEqual([
      ['a', 'leaderAssigned.planSubmitted'],
      ['b', 'leaderAssigned.awaitingPlan'],
      ['c', 'listed'],
    ]);
    expect(await loadCheckpoint()).toBe(checkpoint + 2n);
  });

  it('folds on from what was committed when a page fails after its rows were written', async () => {
    const progress = (note: string) =>
      run('b', actors.leader, { type: 'RecordProgress', data: { note } });
    const projection = new HazardCasesProjection(db, store, DEFAULT_DEADLINE_POLICY);
    let saves = 0;
    const failingOnce: CheckpointStore = {
      load: (subscriber) => projection.checkpoints.load(subscriber),
      save: (subscriber, checkpoint, write) =>
        projection.checkpoints.save(subscriber, checkpoint, () => {
          write?.();
          // The second page's transaction fails after its rows: all of it is rolled back.
          if ((saves += 1) === 2) throw new Error('disk I/O error');
        }),
    };
    const failing = new Proxy(projection, {
      get: (target, key) => (key === 'checkpoints' ? failingOnce : Reflect.get(target, key)),
    });
    const runner = new ProjectionRunner(store, failing, { retryMs: 20 });
    await runner.start();
    await progress('加固材料已进场');
    await caughtUp(runner);
    await progress('已完成一半');
    await caughtUp(runner);
    await runner.stop();
    expect(saves).toBe(3);
    expect(
      new HazardCaseQueries(db, clock, DEFAULT_DEADLINE_POLICY).detail(actors.committee, 'b'),
    ).toMatchObject({
      progressReports: 2,
      version: 4,
    });
  });

  it('rebuilds the same rows from the events', async () => {
    const before = rows();
    const progress: number[] = [];
    const result = await runnerOn().rebuild((p) => progress.push(p.done));
    expect(result.done).toBe(result.total);
    expect(progress[progress.length - 1]).toBe(result.total);
    expect(rows()).toEqual(before);
  });

  it('shows a town-scoped user only its towns, and a leader the cases assigned to them', () => {
    const queries = new HazardCaseQueries(db, clock, DEFAULT_DEADLINE_POLICY);
    const scoped = (towns: string[], userId = 'u-x'): Actor => ({
      ...actors.viewer,
      userId,
      towns,
    });
    const ids = (actor: Actor) =>
      queries.list({ actor, filter: {}, paging: { pageSize: 10 } }).items.map((i) => i.id);
    expect(ids(scoped(['官桥镇']))).toEqual(['b']);
    expect(ids(scoped(['溪美街道'], leader.id))).toEqual(['c', 'b', 'a']);
    expect(() => queries.detail(scoped(['官桥镇']), 'a')).toThrow(/jurisdiction/);
  });
});
