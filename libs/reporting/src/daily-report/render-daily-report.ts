import type { Language } from '@hazard/domain';
import { renderReport } from '../weekly-digest/render/render-digest';
import type { DigestFormat, RenderedDigest } from '../weekly-digest/render/render-digest';
import { dailyReportDocument, dailyReportSentences } from './daily-report-document';
import type { DailyReport } from './daily-report.model';

export type DailyReportJson = DailyReport & {
  lang: Language;
  headlineText: string;
  spotCheckText: string;
};

/** The stored report, plus its sentences in the requested language. */
export function dailyReportJson(report: DailyReport, lang: Language): DailyReportJson {
  const { headline, spotChecks } = dailyReportSentences(report, lang);
  return { ...report, lang, headlineText: headline, spotCheckText: spotChecks };
}

export const renderDailyReport = (
  report: DailyReport,
  format: DigestFormat,
  lang: Language,
): RenderedDigest =>
  renderReport(
    format,
    () => dailyReportJson(report, lang),
    () => dailyReportDocument(report, lang),
  );

/** What the recipients are told when a day's report is issued, in both languages. */
export function dailyReportNotice(
  report: DailyReport,
): Record<Language, { title: string; body: string }> {
  const notice = (lang: Language) => {
    const doc = dailyReportDocument(report, lang);
    return { title: doc.title, body: doc.headline };
  };
  return { 'zh-CN': notice('zh-CN'), en: notice('en') };
}
