import type { DailyFigure, FigureGrouping } from '../campaign/daily-figures';
import type { Wording } from './language';

/** The five daily figures in the seed's words (自查率, 监督检查覆盖率, 隐患整改率, …). */
export const DAILY_FIGURE_WORDS: Record<DailyFigure, Wording> = {
  selfInspectionRate: { 'zh-CN': '自查率', en: 'Self-inspection rate' },
  supervisionCoverage: { 'zh-CN': '监督检查覆盖率', en: 'Supervision coverage' },
  rectificationRate: { 'zh-CN': '隐患整改率', en: 'Rectification rate' },
  dueRectificationRate: { 'zh-CN': '到期隐患整改率', en: 'Rectification rate of hazards due' },
  zeroHazardRate: { 'zh-CN': '零隐患率', en: 'Zero-hazard rate' },
};

export const FIGURE_GROUPING_WORDS: Record<FigureGrouping, Wording> = {
  town: { 'zh-CN': '镇（街道）', en: 'Town' },
  industryAuthority: { 'zh-CN': '行业主管部门', en: 'Industry authority' },
  category: { 'zh-CN': '单位类别', en: 'Unit category' },
};

/** The words of the daily report (每日一报) and the spot checks of zero-hazard units. */
export const DAILY_REPORT_WORDS = {
  title: {
    'zh-CN': '安全隐患大排查大整治每日一报',
    en: 'Daily report (每日一报) of the hazard campaign',
  },
  asOf: { 'zh-CN': '数据截至', en: 'Figures as of' },
  city: { 'zh-CN': '全市', en: 'Whole city' },
  figures: { 'zh-CN': '关键指标', en: 'Key figures' },
  byTown: { 'zh-CN': '各镇（街道）指标', en: 'Figures by town' },
  byIndustryAuthority: { 'zh-CN': '各行业部门指标', en: 'Figures by industry authority' },
  laggardTowns: { 'zh-CN': '排名靠后的镇（街道）', en: 'Lowest-ranked towns' },
  laggardUnits: { 'zh-CN': '排名靠后的单位', en: 'Lowest-ranked units' },
  overdue: { 'zh-CN': '逾期未整改隐患', en: 'Overdue hazards' },
  spotChecks: { 'zh-CN': '重点抽查“零隐患”单位', en: 'Spot checks of zero-hazard units' },
  figure: { 'zh-CN': '指标', en: 'Figure' },
  value: { 'zh-CN': '数值', en: 'Value' },
  rank: { 'zh-CN': '名次', en: 'Rank' },
  unit: { 'zh-CN': '单位', en: 'Unit' },
  town: { 'zh-CN': '镇（街道）', en: 'Town' },
  industryAuthority: { 'zh-CN': '行业主管部门', en: 'Industry authority' },
  hazards: { 'zh-CN': '隐患', en: 'Hazards' },
  rectified: { 'zh-CN': '已整改', en: 'Rectified' },
  overdueCount: { 'zh-CN': '逾期', en: 'Overdue' },
  deadline: { 'zh-CN': '整改期限', en: 'Deadline' },
  kind: { 'zh-CN': '类别', en: 'Kind' },
  major: { 'zh-CN': '重大隐患', en: 'Major' },
  general: { 'zh-CN': '一般隐患', en: 'General' },
  none: { 'zh-CN': '无', en: 'None' },
  notCounted: { 'zh-CN': '—', en: '—' },
} satisfies Record<string, Wording>;

/** A share as the seed writes it: 99.77%; nothing counted is a dash. */
export const percent = (rate: number | null): string =>
  rate === null ? '—' : `${(Math.round(rate * 10000) / 100).toFixed(2)}%`;

export interface HeadlineCounts {
  units: number;
  hazards: number;
  rectified: number;
  rate: number | null;
}

/** The report's headline, in the seed's sentence with the true counts. */
export const DAILY_HEADLINE: Record<'zh-CN' | 'en', (c: HeadlineCounts) => string> = {
  'zh-CN': (c) =>
    `全市共梳理各类生产经营单位${c.units}家，累计排查各类隐患${c.hazards}项，已完成整改${c.rectified}项，隐患整改率达到${percent(c.rate)}`,
  en: (c) =>
    `The city has registered ${c.units} production and business units and found ${c.hazards} hazards, of which ${c.rectified} have been rectified: a rectification rate of ${percent(c.rate)}`,
};

export interface SpotCheckCounts {
  visits: number;
  unitsVisited: number;
  hazardsFound: number;
  rectified: number;
  contradicted: number;
  zeroReportsVisited: number;
  share: number | null;
}

/** The seed's account of the field team (现场指导), to date. */
export const SPOT_CHECK_SUMMARY: Record<'zh-CN' | 'en', (c: SpotCheckCounts) => string> = {
  'zh-CN': (c) =>
    `共计现场指导${c.unitsVisited}家企事业单位（${c.visits}次），发现${c.hazardsFound}项隐患问题，已完成整改${c.rectified}项；抽查的${c.zeroReportsVisited}份“零隐患”报告中${c.contradicted}份被现场发现的隐患推翻（${percent(c.share)}）`,
  en: (c) =>
    `The field team visited ${c.unitsVisited} units (${c.visits} visits), found ${c.hazardsFound} hazards and saw ${c.rectified} rectified; of ${c.zeroReportsVisited} zero-hazard reports checked, ${c.contradicted} were contradicted by hazards found on site (${percent(c.share)})`,
};
