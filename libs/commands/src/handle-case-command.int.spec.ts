import {
  DEFAULT_DEADLINE_POLICY,
  IdempotencyKeyReusedError,
  ConcurrentModificationError,
  VersionMismatchError,
} from '@hazard/domain';
import type { Actor } from '@hazard/domain';
import { SqliteEventStore } from '@hazard/event-store';
import { listing } from '@hazard/testing/case-fixtures';
import { tempDir } from '@hazard/testing/temp-dir';
import { handleCaseCommand } from './handle-case-command';
import type { CommandEnvelope } from './handle-case-command';

const committee: Actor = {
  userId: 'u-committee',
  name: '安委会',
  roles: ['committee'],
  towns: [],
  departments: [],
};

describe('handleCaseCommand on the SQLite store', () => {
  const dir = tempDir();
  const store = new SqliteEventStore(dir.file('events.sqlite'));
  const deps = {
    store,
    now: new Date('2026-11-30T00:00:00Z'),
    timeZone: 'Asia/Shanghai',
    policy: DEFAULT_DEADLINE_POLICY,
  };
  afterAll(async () => {
    await store.close();
    dir.remove();
  });

  const list = (caseId: string, commandId: string): CommandEnvelope => ({
    caseId,
    command: { type: 'ListHazard', data: { caseId, listing } },
    actor: committee,
    commandId,
  });

  it('appends the event with its metadata and returns the new state and version', async () => {
    const result = await handleCaseCommand(deps, list('c1', 'cmd-1'));
    expect(result).toMatchObject({ state: 'listed', version: 1, duplicate: false });
    expect(result.event.metadata).toMatchObject({
      actor: { userId: 'u-committee', role: 'committee' },
      commandId: 'cmd-1',
      occurredAt: '2026-11-30T08:00:00+08:00',
      schemaVersion: 1,
    });
    expect(result.event.data).toMatchObject({ listing: { title: '某厂房屋结构开裂' } });
  });

  it('returns the first result for a retried commandId and appends nothing', async () => {
    const again = await handleCaseCommand(deps, list('c1', 'cmd-1'));
    expect(again).toMatchObject({ state: 'listed', version: 1, duplicate: true });
    expect(await store.read('major_hazard-c1')).toHaveLength(1);
  });

  it('refuses a commandId reused for a different command, appending nothing', async () => {
    await expect(
      handleCaseCommand(deps, {
        caseId: 'c1',
        command: { type: 'AssignLeader', data: { leader: { id: 'l0', name: '李四' } } },
        actor: committee,
        commandId: 'cmd-1',
      }),
    ).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
    expect(await store.read('major_hazard-c1')).toHaveLength(1);
  });

  it('rejects a stale expected version with 412 and a lost race with 409', async () => {
    await expect(
      handleCaseCommand(deps, {
        caseId: 'c1',
        command: { type: 'AssignLeader', data: { leader: { id: 'l1', name: '张三' } } },
        actor: committee,
        commandId: 'cmd-2',
        expectedVersion: 0,
      }),
    ).rejects.toBeInstanceOf(VersionMismatchError);
    const racers = ['a', 'b'].map((id) =>
      handleCaseCommand(deps, {
        caseId: 'c1',
        command: { type: 'AssignLeader', data: { leader: { id, name: id } } },
        actor: committee,
        commandId: `race-${id}`,
      }),
    );
    const outcomes = await Promise.allSettled(racers);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const lost = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(ConcurrentModificationError);
  });
});
