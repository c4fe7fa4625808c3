import { DEFAULT_DEADLINE_POLICY, ManualClock, ValidationFailedError } from '@hazard/domain';
import type { Actor } from '@hazard/domain';
import { SqliteEventStore } from '@hazard/event-store';
import { tempDir } from '@hazard/testing/temp-dir';
import { at, committee, digestScenario, SCENARIO_TZ } from '@hazard/testing/digest-scenario';
import { weekBounds } from '../iso-week';
import { computeWeeklyDigestFromStore } from './compute-weekly-digest';
import { issueWeeklyDigest, weeklyDigestStreamId } from './issue-weekly-digest';
import { digestIssuedNotice } from './render/digest-issued-notice';
import { renderDigest } from './render/render-digest';
import type { WeeklyDigest } from './weekly-digest.model';

const numbersInTables = (markdown: string): string[] =>
  markdown
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
    .flatMap((line) => line.split(' | ').map((c) => c.replace(/^\| | \|$/g, '')))
    .filter((c) => /^\d+$/.test(c));

describe('weekly digest over two weeks of real commands', () => {
  const dir = tempDir();
  const store = new SqliteEventStore(dir.file('events.sqlite'));
  const clock = new ManualClock(at('2026-11-23T08:00:00'));
  const scenario = digestScenario(store, clock);
  const deps = () => ({
    store,
    now: clock.now(),
    timeZone: SCENARIO_TZ,
    policy: DEFAULT_DEADLINE_POLICY,
  });
  const digestOf = (week: string) =>
    computeWeeklyDigestFromStore(store, weekBounds(week, SCENARIO_TZ), DEFAULT_DEADLINE_POLICY, {
      pageSize: 7,
    });
  let week48: WeeklyDigest;

  beforeAll(async () => {
    await scenario.week48();
  });
  afterAll(async () => {
    await store.close();
    dir.remove();
  });

  it('an empty week (before any listing) yields a valid digest that says so', async () => {
    const empty = await digestOf('2026-W47');
    expect(empty.totals).toEqual({
      listed: 0,
      open: 0,
      rectified: 0,
      awaitingAcceptance: 0,
      closed: 0,
      inProgress: 0,
      awaitingPlan: 0,
      withControls: 0,
      withoutControls: 0,
      overdue: 0,
    });
    expect(empty.openCases).toEqual([]);
    expect(empty.source).toEqual({ throughPosition: null, events: 0 });
    const zh = renderDigest(empty, 'md', 'zh-CN').body;
    expect(zh).toContain('截至2026年11月22日24时，全市无挂牌督办重大隐患。');
    expect(zh).toContain('本周无新增挂牌、销号或状态变化。');
    expect(renderDigest(empty, 'md', 'en').body).toContain(
      'No new listings, closures or state changes this week.',
    );
  });

  it('week 48: every count equals the cases of the scenario', async () => {
    clock.set(at('2026-11-30T08:00:00'));
    week48 = await digestOf('2026-W48');
    expect(week48.totals).toEqual({
      listed: 6, // A–F
      rectified: 2, // A closed, B rectified
      closed: 1, // A
      awaitingAcceptance: 1, // B
      inProgress: 2, // C controls, D plan approved
      awaitingPlan: 2, // E awaiting plan, F no leader
      withControls: 1, // C
      withoutControls: 3, // D, E, F
      open: 5, // B–F
      overdue: 1, // E
    });
    expect(week48.activity).toEqual({
      newListings: ['A', 'B', 'C', 'D', 'E', 'F'].map((id) => ({
        caseId: id,
        title: `隐患${id}`,
        noticeNumber: `南安委督〔2026〕${id}号`,
      })),
      closures: [{ caseId: 'A', title: '隐患A', noticeNumber: '南安委督〔2026〕A号' }],
      // A 7, B 6, C 5, D 4, E 2 (missed/escalated keep the state), F 1.
      stateChanges: 25,
      enteredState: {
        listed: 6,
        'leaderAssigned.awaitingPlan': 5,
        'leaderAssigned.planSubmitted': 4,
        planApproved: 4,
        controlsInPlace: 3,
        rectified: 2,
        closed: 1,
      },
      deadlinesMissed: 1,
      escalationsRaised: 1,
    });
    expect(week48.overdue.map((c) => [c.caseId, c.escalation, c.deadline])).toEqual([
      ['E', 'urgingLetter', { kind: 'planSubmission', at: '2026-11-26T09:00:00+08:00' }],
    ]);
    expect(week48.dueNextWeek.map((c) => [c.caseId, c.deadline?.kind])).toEqual([
      ['C', 'rectification'],
      ['B', 'acceptance'],
    ]);
    expect(week48.byTown).toEqual({
      官桥镇: { listed: 2, rectified: 0, open: 2, overdue: 0 },
      水头镇: { listed: 2, rectified: 2, open: 1, overdue: 0 },
      洪濑镇: { listed: 2, rectified: 0, open: 2, overdue: 1 },
    });
    expect(week48.byIndustryAuthority).toEqual({
      住建局: { listed: 3, rectified: 2, open: 2, overdue: 1 },
      应急管理局: { listed: 3, rectified: 0, open: 3, overdue: 0 },
    });
    expect(Object.keys(week48.byPriority)).toEqual(['urgent', 'serious', 'minor', 'deferrable']);
    expect(week48.byPriority).toEqual({
      deferrable: { listed: 1, rectified: 0, open: 1, overdue: 0 },
      minor: { listed: 1, rectified: 0, open: 1, overdue: 0 },
      serious: { listed: 2, rectified: 1, open: 2, overdue: 0 },
      urgent: { listed: 2, rectified: 1, open: 1, overdue: 1 },
    });
    const open = Object.fromEntries(
      week48.openCases.map((c) => [c.caseId, [c.leader, c.state, c.controlsInPlace]]),
    );
    expect(open).toEqual({
      B: ['领导B', 'rectified', true],
      C: ['领导C', 'controlsInPlace', true],
      D: ['领导D', 'planApproved', false],
      E: ['领导E', 'leaderAssigned.awaitingPlan', false],
      F: [null, 'listed', false],
    });
  });

  it('a provisional look at a week still running counts only what happened so far', async () => {
    const wednesdayNoon = at('2026-11-25T12:00:00');
    const bounds = weekBounds('2026-W48', SCENARIO_TZ);
    const soFar = await computeWeeklyDigestFromStore(store, bounds, DEFAULT_DEADLINE_POLICY, {
      asOf: wednesdayNoon,
    });
    expect(soFar).toMatchObject({ provisional: true, asOf: '2026-11-25T12:00:00+08:00' });
    expect(soFar.totals).toEqual({
      listed: 6,
      rectified: 0,
      closed: 0,
      awaitingAcceptance: 0,
      inProgress: 4, // A–D approved; A, B, C confirmed controls at 10:00
      awaitingPlan: 2, // E (plan due Thursday 09:00, not yet missed), F
      withControls: 3,
      withoutControls: 3,
      open: 6,
      overdue: 0,
    });
    expect(soFar.dueNextWeek.map((c) => c.caseId)).toEqual(['E']);
    const zh = renderDigest(soFar, 'md', 'zh-CN').body;
    expect(zh).toContain('> 本周尚未结束：以上为截至目前的临时统计，未正式印发。');
    expect(zh).toContain('**截至2026年11月25日 12:00，全市挂牌督办重大隐患6条');
    expect(week48.provisional).toBe(false);
    expect(week48.asOf).toBe(week48.cutOff);
  });

  it('headlines in both languages read like the seed, with the true counts', () => {
    expect(renderDigest(week48, 'md', 'zh-CN').body).toContain(
      '截至2026年11月29日24时，全市挂牌督办重大隐患6条，完成整改2条（其中已验收销号1条），' +
        '2条正在按整改方案计划推进落实，2条正在制定整改方案；尚未完成整改的4条中，3条尚未落实管控措施；1条已逾期。',
    );
    expect(renderDigest(week48, 'md', 'en').body).toContain(
      'As of the end of 29 November 2026, 6 major hazards under listed supervision citywide: ' +
        '2 rectified (1 of them accepted and closed), 2 progressing under their rectification plans, ' +
        '2 with their rectification plan in preparation; 3 of the 4 still to be rectified do not have ' +
        'control measures in place yet; 1 overdue.',
    );
  });

  it('tells the committee of an issued digest with its headline, in both languages', () => {
    const notice = digestIssuedNotice(week48);
    expect(notice['zh-CN'].title).toBe('重大隐患挂牌督办周报（2026-W48）');
    expect(notice['zh-CN'].body).toMatch(/^截至2026年11月29日24时，全市挂牌督办重大隐患6条/);
    expect(notice.en.body).toMatch(/6 major hazards under listed supervision/);
  });

  it('zh-CN and English renderings carry the same numbers', () => {
    for (const format of ['md', 'html'] as const) {
      const zh = renderDigest(week48, format, 'zh-CN').body;
      const en = renderDigest(week48, format, 'en').body;
      const numbers = (text: string) =>
        format === 'md'
          ? numbersInTables(text)
          : [...text.matchAll(/<td class="num">(\d+)<\/td>/g)].map((m) => m[1]);
      expect(numbers(zh).length).toBeGreaterThan(20);
      expect(numbers(en)).toEqual(numbers(zh));
    }
    const json = (lang: 'zh-CN' | 'en') => JSON.parse(renderDigest(week48, 'json', lang).body);
    const { headline: _zh, weekSummary: _zs, lang: _zl, ...zhModel } = json('zh-CN');
    const { headline: _en, weekSummary: _es, lang: _el, ...enModel } = json('en');
    expect(enModel).toEqual(zhModel);
    expect(zhModel).toEqual(JSON.parse(JSON.stringify(week48)));
  });

  it('refuses to issue a week that has not ended', async () => {
    await expect(issueWeeklyDigest(deps(), committee, '2026-W49')).rejects.toBeInstanceOf(
      ValidationFailedError,
    );
  });

  it('issues week 48 once; week 48 is unchanged by week 49', async () => {
    const first = await issueWeeklyDigest(deps(), committee, '2026-W48');
    expect(first.created).toBe(true);
    expect(first.digest).toEqual(week48);
    expect(first.issuedAt).toBe('2026-11-30T08:00:00+08:00');

    await scenario.week49();
    clock.set(at('2026-12-07T08:00:00'));
    expect(await digestOf('2026-W48')).toEqual(week48);

    const scheduler: Actor = { ...committee, userId: 'system:scheduler', roles: ['scheduler'] };
    const again = await issueWeeklyDigest(deps(), scheduler, '2026-W48');
    expect(again).toEqual({ ...first, created: false });
    expect(await store.read(weeklyDigestStreamId('2026-W48'))).toHaveLength(1);
  });

  it('two issuers racing for the same week store one event and agree on it', async () => {
    const [a, b] = await Promise.all([
      issueWeeklyDigest(deps(), committee, '2026-W49'),
      issueWeeklyDigest(deps(), committee, '2026-W49'),
    ]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(a.digest).toEqual(b.digest);
    expect(await store.read(weeklyDigestStreamId('2026-W49'))).toHaveLength(1);
  });

  it('week 49: every count equals the cases of the scenario', async () => {
    const week49 = await digestOf('2026-W49');
    expect(week49.totals).toEqual({
      listed: 7, // A–G
      rectified: 3, // A, B closed; C rectified
      closed: 2,
      awaitingAcceptance: 1, // C
      inProgress: 1, // D, controls now in place
      awaitingPlan: 3, // E, F, G
      withControls: 1, // D
      withoutControls: 3, // E, F, G
      open: 5, // C–G
      overdue: 1, // E
    });
    expect(week49.activity.newListings.map((c) => c.caseId)).toEqual(['G']);
    expect(week49.activity.closures.map((c) => c.caseId)).toEqual(['B']);
    expect(week49.activity.stateChanges).toBe(5); // B closed, C rectified, D controls, F assigned, G listed
    expect(week49.activity.escalationsRaised).toBe(1);
    expect(week49.overdue.map((c) => [c.caseId, c.escalation])).toEqual([['E', 'publicNotice']]);
    expect(week49.dueNextWeek.map((c) => [c.caseId, c.deadline?.kind])).toEqual([
      ['C', 'acceptance'],
    ]);
    const html = renderDigest(week49, 'html', 'zh-CN').body;
    expect(html).toContain('燃气管道&lt;老化&gt; | 泄漏');
    expect(html).not.toContain('<老化>');
    expect(renderDigest(week49, 'md', 'zh-CN').body).toContain('燃气管道\\<老化\\> \\| 泄漏');
  });
});
