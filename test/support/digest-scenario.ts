import { DEFAULT_DEADLINE_POLICY, SCHEDULER_ACTOR } from '@hazard/domain';
import type { Actor, CaseCommand, ManualClock } from '@hazard/domain';
import type { EventStore } from '@hazard/event-store';
import { handleCaseCommand } from '@hazard/commands';
import type { EscalationLevel, Listing, Priority } from '@hazard/workflows';

/**
 * Two ISO weeks of a small city, driven through the real command path: 2026-W48
 * (23–29 November, Shanghai) and 2026-W49 (30 November – 6 December). The expected figures in
 * the specs are counted by hand from the story below, not from the code under test.
 *
 * Week 48 — six cases listed on Monday:
 *   A 水头镇/住建局/urgent: plan, controls, rectified Thursday, closed Saturday      → closed
 *   B 水头镇/住建局/serious: plan, controls, rectified Thursday (acceptance due 6 Dec) → rectified
 *   C 官桥镇/应急局/serious: plan (rectify by 3 Dec), controls confirmed              → controlsInPlace
 *   D 官桥镇/应急局/minor: plan (rectify by 15 Jan) approved, no controls yet          → planApproved
 *   E 洪濑镇/住建局/urgent: leader assigned Monday 09:00, plan due Thursday 09:00, missed;
 *     urging letter Friday                                                             → awaitingPlan, overdue
 *   F 洪濑镇/应急局/deferrable: listed only                                             → listed
 * Week 49:
 *   B closed Monday; C rectified Tuesday (acceptance due 11 Dec); D controls Tuesday;
 *   E public notice Wednesday; F leader assigned Tuesday; G 水头镇/住建局/minor listed Wednesday.
 */
export const SCENARIO_TZ = 'Asia/Shanghai';
export const at = (local: string): Date => new Date(`${local}+08:00`);

export const committee: Actor = {
  userId: 'u-committee',
  name: '市安委会办公室',
  roles: ['committee'],
  towns: [],
  departments: [],
};
const leaderActor = (id: string): Actor => ({
  userId: `u-${id}`,
  name: `领导${id}`,
  roles: ['leader'],
  towns: [],
  departments: [],
});

const TOWN: Record<string, [string, string, Priority]> = {
  A: ['水头镇', '住建局', 'urgent'],
  B: ['水头镇', '住建局', 'serious'],
  C: ['官桥镇', '应急管理局', 'serious'],
  D: ['官桥镇', '应急管理局', 'minor'],
  E: ['洪濑镇', '住建局', 'urgent'],
  F: ['洪濑镇', '应急管理局', 'deferrable'],
  G: ['水头镇', '住建局', 'minor'],
};

const listingOf = (id: string): Listing => {
  const [town, industryAuthority, priority] = TOWN[id];
  return {
    // G's title carries markup and a table separator, which renderings must escape.
    title: id === 'G' ? '燃气管道<老化> | 泄漏' : `隐患${id}`,
    description: `隐患${id}的描述`,
    unitName: `单位${id}`,
    town,
    industryAuthority,
    professionalDomain: '房屋安全',
    priority,
    criterion: { standard: 'GB 50292', clause: '7.1' },
    listingLevel: '市级',
    noticeNumber: `南安委督〔2026〕${id}号`,
  };
};

export function digestScenario(store: EventStore, clock: ManualClock) {
  let n = 0;
  const run = (caseId: string, command: CaseCommand, actor: Actor) =>
    handleCaseCommand(
      { store, now: clock.now(), timeZone: SCENARIO_TZ, policy: DEFAULT_DEADLINE_POLICY },
      { caseId, command, actor, commandId: `scenario-${(n += 1)}` },
    );
  const when = (local: string) => clock.set(at(local));
  const list = (id: string) =>
    run(id, { type: 'ListHazard', data: { caseId: id, listing: listingOf(id) } }, committee);
  const assign = (id: string) =>
    run(
      id,
      { type: 'AssignLeader', data: { leader: { id: `u-${id}`, name: `领导${id}` } } },
      committee,
    );
  const submitAndApprove = async (id: string, deadline: string) => {
    const plan = {
      responsibleDepartment: TOWN[id][1],
      responsiblePerson: `责任人${id}`,
      deadline,
      controlMeasures: ['设置警戒区'],
    };
    await run(id, { type: 'SubmitPlan', data: { plan } }, leaderActor(id));
    await run(id, { type: 'ApprovePlan', data: {} }, committee);
  };
  const controls = (id: string) =>
    run(id, { type: 'ConfirmControls', data: { note: '已落实' } }, leaderActor(id));
  const rectified = (id: string) =>
    run(id, { type: 'ReportRectified', data: { summary: '已整改' } }, leaderActor(id));
  const close = (id: string) =>
    run(id, { type: 'CloseCase', data: { note: '验收合格' } }, committee);
  const E_PLAN_DEADLINE = '2026-11-26T09:00:00+08:00';
  const escalateE = (level: EscalationLevel) =>
    run(
      'E',
      {
        type: 'RaiseEscalation',
        data: { kind: 'planSubmission', deadline: E_PLAN_DEADLINE, level },
      },
      SCHEDULER_ACTOR,
    );

  return {
    async week48(): Promise<void> {
      when('2026-11-23T09:00:00');
      for (const id of ['A', 'B', 'C', 'D', 'E', 'F']) await list(id);
      for (const id of ['A', 'B', 'C', 'D', 'E']) await assign(id);
      when('2026-11-24T10:00:00');
      await submitAndApprove('A', '2026-12-20T18:00:00+08:00');
      await submitAndApprove('B', '2026-12-20T18:00:00+08:00');
      await submitAndApprove('C', '2026-12-03T18:00:00+08:00');
      await submitAndApprove('D', '2027-01-15T18:00:00+08:00');
      when('2026-11-25T10:00:00');
      for (const id of ['A', 'B', 'C']) await controls(id);
      when('2026-11-26T10:00:00');
      await run(
        'E',
        {
          type: 'RecordDeadlineMissed',
          data: { kind: 'planSubmission', deadline: E_PLAN_DEADLINE },
        },
        SCHEDULER_ACTOR,
      );
      await rectified('A');
      await rectified('B');
      when('2026-11-27T09:00:00');
      await escalateE('urgingLetter');
      when('2026-11-28T15:00:00');
      await close('A');
    },
    async week49(): Promise<void> {
      when('2026-11-30T10:00:00');
      await close('B');
      when('2026-12-01T10:00:00');
      await rectified('C');
      await controls('D');
      await assign('F');
      when('2026-12-02T10:00:00');
      await list('G');
      // The public notice is due 7 days after the missed plan deadline (11-26 09:00).
      when('2026-12-03T10:00:00');
      await escalateE('publicNotice');
    },
  };
}
