import { WHOLE_CITY } from '@hazard/domain';
import type { DigestTotals } from '../weekly-digest.model';
import { EN_LABELS, ZH_CN_LABELS } from './digest-labels';

/** Totals with `inProgress` + `awaitingPlan` cases still to rectify, `withControls` of them. */
const totals = (inProgress: number, awaitingPlan: number, withControls: number): DigestTotals => {
  const toRectify = inProgress + awaitingPlan;
  return {
    listed: toRectify + 2,
    open: toRectify + 1,
    rectified: 2,
    awaitingAcceptance: 1,
    closed: 1,
    inProgress,
    awaitingPlan,
    withControls,
    withoutControls: toRectify - withControls,
    overdue: 0,
  };
};

const zh = (t: DigestTotals) => ZH_CN_LABELS.headline(t, '2026年11月29日24时', '全市');
const en = (t: DigestTotals) => EN_LABELS.headline(t, 'the end of 29 November 2026', 'citywide');

describe('the headline’s clause on control measures (管控措施)', () => {
  it.each<[string, DigestTotals, string, string]>([
    [
      'nothing left to rectify',
      totals(0, 0, 0),
      '完成整改2条（其中已验收销号1条）。',
      '1 of them accepted and closed).',
    ],
    [
      'one clause, all with controls: the seed’s own words',
      totals(2, 0, 2),
      '2条正在按整改方案计划推进落实，均已采取管控措施。',
      '2 progressing under their rectification plans; all of them have control measures in place.',
    ],
    [
      'one clause, none with controls',
      totals(0, 2, 0),
      '2条正在制定整改方案，均尚未落实管控措施。',
      '2 with their rectification plan in preparation; none of them has control measures in place yet.',
    ],
    [
      'two clauses, all with controls: said of the cases to rectify',
      totals(2, 2, 4),
      '2条正在制定整改方案；尚未完成整改的4条均已采取管控措施。',
      '; all 4 still to be rectified have control measures in place.',
    ],
    [
      'two clauses, none with controls',
      totals(2, 2, 0),
      '2条正在制定整改方案；尚未完成整改的4条均尚未落实管控措施。',
      '; none of the 4 still to be rectified has control measures in place yet.',
    ],
    [
      'some with controls: never "3 of those 2"',
      totals(2, 2, 1),
      '2条正在制定整改方案；尚未完成整改的4条中，3条尚未落实管控措施。',
      '; 3 of the 4 still to be rectified do not have control measures in place yet.',
    ],
    [
      'one clause, some with controls',
      totals(3, 0, 1),
      '3条正在按整改方案计划推进落实；尚未完成整改的3条中，2条尚未落实管控措施。',
      '; 2 of the 3 still to be rectified do not have control measures in place yet.',
    ],
  ])('%s', (_, t, zhEnd, enEnd) => {
    expect(zh(t).endsWith(zhEnd)).toBe(true);
    expect(en(t).endsWith(enEnd)).toBe(true);
  });

  it('names the scope of a town’s or a department’s digest instead of the city', () => {
    expect(ZH_CN_LABELS.area(WHOLE_CITY)).toBe('全市');
    expect(ZH_CN_LABELS.area({ towns: ['水头镇', '官桥镇'], departments: [] })).toBe(
      '水头镇、官桥镇',
    );
    expect(ZH_CN_LABELS.area({ towns: [], departments: ['住建局'] })).toBe('住建局主管行业');
    expect(EN_LABELS.area({ towns: ['水头镇'], departments: ['住建局'] })).toBe(
      'in 水头镇 under 住建局',
    );
  });
});
