import {
  CASE_STATE_WORDS,
  DEADLINE_KIND_WORDS,
  ESCALATION_LEVEL_WORDS,
  isWholeCity,
  LEADER_WORD,
  PRIORITY_WORDS,
} from '@hazard/domain';
import type { DigestScope, Language, Wording } from '@hazard/domain';
import type { CaseState, DeadlineKind, EscalationLevel, Priority } from '@hazard/workflows';
import type { DigestTotals } from '../weekly-digest.model';

/** One language's column of a vocabulary table, as a digest's labels. */
const inLanguage = <K extends string>(
  table: Record<K, Wording>,
  lang: Language,
  shape: (word: string) => string = (word) => word,
): Record<K, string> =>
  Object.fromEntries(
    Object.entries<Wording>(table).map(([key, word]) => [key, shape(word[lang])]),
  ) as Record<K, string>;

const capitalized = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Everything language-specific about a digest; the numbers come from the one model. */
export interface DigestLabels {
  title(week: string): string;
  period(from: string, to: string, timeZone: string): string;
  /** The week's last day (`YYYY-MM-DD`), as the headline's "as of". */
  asOf(lastDay: string): string;
  provisionalNote: string;
  /** Where the digest looks: the whole city, or the towns or departments of its scope. */
  area(scope: DigestScope): string;
  headline(t: DigestTotals, asOf: string, area: string): string;
  weekSummary(listed: number, closed: number, changes: number, missed: number): string;
  state: Record<CaseState, string>;
  deadlineKind: Record<DeadlineKind, string>;
  escalation: Record<EscalationLevel, string>;
  priority: Record<Priority, string>;
  totals: Record<keyof DigestTotals, string>;
  sections: {
    totals: string;
    newListings: string;
    closures: string;
    overdue: string;
    dueNextWeek: string;
    byTown: string;
    byIndustryAuthority: string;
    byPriority: string;
    openCases: string;
  };
  columns: {
    figure: string;
    count: string;
    notice: string;
    title: string;
    town: string;
    priority: string;
    leader: string;
    state: string;
    deadline: string;
    controls: string;
    overdue: string;
    escalation: string;
    group: string;
    listed: string;
    rectified: string;
    open: string;
  };
  yes: string;
  no: string;
  none: string;
  unassigned: string;
  unspecified: string;
  noneInSection: string;
}

/**
 * Whether the cases still to be rectified have control measures in place. Said of those cases
 * by name ("尚未完成整改的4条中，3条…") unless only one clause before it counts them, in which
 * case the seed's own "均已采取管控措施" reads right.
 */
const zhControls = (t: DigestTotals): string => {
  const toRectify = t.inProgress + t.awaitingPlan;
  if (toRectify === 0) return '';
  const oneClause = t.inProgress === 0 || t.awaitingPlan === 0;
  if (t.withoutControls === 0) {
    return oneClause ? '，均已采取管控措施' : `；尚未完成整改的${toRectify}条均已采取管控措施`;
  }
  if (t.withControls === 0) {
    return oneClause ? '，均尚未落实管控措施' : `；尚未完成整改的${toRectify}条均尚未落实管控措施`;
  }
  return `；尚未完成整改的${toRectify}条中，${t.withoutControls}条尚未落实管控措施`;
};

export const ZH_CN_LABELS: DigestLabels = {
  title: (week) => `重大隐患挂牌督办周报（${week}）`,
  period: (from, to, tz) => `统计周期：${from} 至 ${to}（${tz}）`,
  asOf: (day) => {
    const [y, m, d] = day.split('-').map(Number);
    return `${y}年${m}月${d}日24时`;
  },
  provisionalNote: '本周尚未结束：以上为截至目前的临时统计，未正式印发。',
  area: (scope) =>
    isWholeCity(scope)
      ? '全市'
      : [scope.towns.join('、'), scope.departments.map((d) => `${d}主管行业`).join('、')]
          .filter((part) => part !== '')
          .join(''),
  headline: (t, asOf, area) => {
    if (t.listed === 0) return `截至${asOf}，${area}无挂牌督办重大隐患。`;
    const closed = t.closed > 0 ? `（其中已验收销号${t.closed}条）` : '';
    const progress = t.inProgress > 0 ? `，${t.inProgress}条正在按整改方案计划推进落实` : '';
    const planning = t.awaitingPlan > 0 ? `，${t.awaitingPlan}条正在制定整改方案` : '';
    const overdue = t.overdue > 0 ? `；${t.overdue}条已逾期` : '';
    return `截至${asOf}，${area}挂牌督办重大隐患${t.listed}条，完成整改${t.rectified}条${closed}${progress}${planning}${zhControls(t)}${overdue}。`;
  },
  weekSummary: (listed, closed, changes, missed) =>
    listed + closed + changes + missed === 0
      ? '本周无新增挂牌、销号或状态变化。'
      : `本周新增挂牌${listed}条，验收销号${closed}条，状态变化${changes}次，新增逾期${missed}次。`,
  state: inLanguage(CASE_STATE_WORDS, 'zh-CN'),
  deadlineKind: inLanguage(DEADLINE_KIND_WORDS, 'zh-CN', (word) => word.replace(/期限$/, '')),
  escalation: inLanguage(ESCALATION_LEVEL_WORDS, 'zh-CN'),
  priority: inLanguage(PRIORITY_WORDS, 'zh-CN'),
  totals: {
    listed: '挂牌督办重大隐患',
    open: '未销号',
    rectified: '完成整改',
    awaitingAcceptance: '已整改待验收',
    closed: '已验收销号',
    inProgress: '按整改方案推进落实',
    awaitingPlan: '正在制定整改方案',
    withControls: '未完成整改且已采取管控措施',
    withoutControls: '未完成整改且尚未落实管控措施',
    overdue: '逾期',
  },
  sections: {
    totals: '总体情况',
    newListings: '本周新增挂牌',
    closures: '本周验收销号',
    overdue: '逾期隐患',
    dueNextWeek: '未来 7 天到期',
    byTown: '按乡镇（街道、开发区）',
    byIndustryAuthority: '按行业主管部门',
    byPriority: '按急重轻缓',
    openCases: '在办重大隐患清单',
  },
  columns: {
    figure: '指标',
    count: '数量',
    notice: '督办文号',
    title: '隐患',
    town: '乡镇',
    priority: '急重轻缓',
    leader: LEADER_WORD['zh-CN'],
    state: '状态',
    deadline: '期限',
    controls: '管控措施',
    overdue: '逾期',
    escalation: '督办层级',
    group: '分组',
    listed: '挂牌',
    rectified: '完成整改',
    open: '未销号',
  },
  yes: '是',
  no: '否',
  none: '—',
  unassigned: '未指定',
  unspecified: '未填写',
  noneInSection: '无。',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const enControls = (t: DigestTotals): string => {
  const toRectify = t.inProgress + t.awaitingPlan;
  if (toRectify === 0) return '';
  const oneClause = t.inProgress === 0 || t.awaitingPlan === 0;
  if (t.withoutControls === 0) {
    return oneClause
      ? '; all of them have control measures in place'
      : `; all ${toRectify} still to be rectified have control measures in place`;
  }
  if (t.withControls === 0) {
    return oneClause
      ? '; none of them has control measures in place yet'
      : `; none of the ${toRectify} still to be rectified has control measures in place yet`;
  }
  const verb = t.withoutControls === 1 ? 'does' : 'do';
  return `; ${t.withoutControls} of the ${toRectify} still to be rectified ${verb} not have control measures in place yet`;
};

export const EN_LABELS: DigestLabels = {
  title: (week) => `Weekly supervision digest of major hazards (${week})`,
  period: (from, to, tz) => `Period: ${from} to ${to} (${tz})`,
  asOf: (day) => {
    const [y, m, d] = day.split('-').map(Number);
    const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', {
      month: 'long',
      timeZone: 'UTC',
    });
    return `the end of ${d} ${month} ${y}`;
  },
  provisionalNote: 'The week is still running: provisional figures as of now, not issued.',
  area: (scope) =>
    isWholeCity(scope)
      ? 'citywide'
      : [
          scope.towns.length > 0 ? `in ${scope.towns.join(', ')}` : '',
          scope.departments.length > 0 ? `under ${scope.departments.join(', ')}` : '',
        ]
          .filter((part) => part !== '')
          .join(' '),
  headline: (t, asOf, area) => {
    if (t.listed === 0)
      return `As of ${asOf}, no major hazard is under listed supervision ${area}.`;
    const closed = t.closed > 0 ? ` (${t.closed} of them accepted and closed)` : '';
    const progress =
      t.inProgress > 0 ? `, ${t.inProgress} progressing under their rectification plans` : '';
    const planning =
      t.awaitingPlan > 0 ? `, ${t.awaitingPlan} with their rectification plan in preparation` : '';
    const overdue = t.overdue > 0 ? `; ${t.overdue} overdue` : '';
    return `As of ${asOf}, ${plural(t.listed, 'major hazard', 'major hazards')} under listed supervision ${area}: ${t.rectified} rectified${closed}${progress}${planning}${enControls(t)}${overdue}.`;
  },
  weekSummary: (listed, closed, changes, missed) =>
    listed + closed + changes + missed === 0
      ? 'No new listings, closures or state changes this week.'
      : `This week: ${listed} newly listed, ${closed} closed, ${plural(changes, 'state change', 'state changes')}, ${plural(missed, 'deadline', 'deadlines')} missed.`,
  state: inLanguage(CASE_STATE_WORDS, 'en'),
  deadlineKind: inLanguage(DEADLINE_KIND_WORDS, 'en', (word) =>
    capitalized(word.replace(/ deadline$/, '')),
  ),
  escalation: inLanguage(ESCALATION_LEVEL_WORDS, 'en', capitalized),
  priority: inLanguage(PRIORITY_WORDS, 'en', capitalized),
  totals: {
    listed: 'Major hazards under listed supervision',
    open: 'Not yet closed',
    rectified: 'Rectified',
    awaitingAcceptance: 'Rectified, awaiting acceptance',
    closed: 'Accepted and closed',
    inProgress: 'Progressing under their plans',
    awaitingPlan: 'Plan in preparation',
    withControls: 'To be rectified, controls in place',
    withoutControls: 'To be rectified, no controls yet',
    overdue: 'Overdue',
  },
  sections: {
    totals: 'Overview',
    newListings: 'Newly listed this week',
    closures: 'Closed this week',
    overdue: 'Overdue cases',
    dueNextWeek: 'Deadlines in the next 7 days',
    byTown: 'By town',
    byIndustryAuthority: 'By industry authority',
    byPriority: 'By priority',
    openCases: 'Open cases',
  },
  columns: {
    figure: 'Figure',
    count: 'Count',
    notice: 'Notice no.',
    title: 'Hazard',
    town: 'Town',
    priority: 'Priority',
    leader: capitalized(LEADER_WORD.en),
    state: 'State',
    deadline: 'Deadline',
    controls: 'Controls',
    overdue: 'Overdue',
    escalation: 'Escalation',
    group: 'Group',
    listed: 'Listed',
    rectified: 'Rectified',
    open: 'Open',
  },
  yes: 'yes',
  no: 'no',
  none: '—',
  unassigned: 'unassigned',
  unspecified: 'unspecified',
  noneInSection: 'None.',
};

export const labelsFor = (lang: Language): DigestLabels =>
  lang === 'en' ? EN_LABELS : ZH_CN_LABELS;
