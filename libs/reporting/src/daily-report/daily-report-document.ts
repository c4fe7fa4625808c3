import {
  DAILY_FIGURE_WORDS,
  DAILY_FIGURES,
  DAILY_HEADLINE,
  DAILY_REPORT_WORDS,
  percent,
  SPOT_CHECK_SUMMARY,
} from '@hazard/domain';
import type { GroupFigures, Language, Ratio } from '@hazard/domain';
import type { DigestDocument, DigestTable } from '../weekly-digest/render/digest-document';
import { localDateTime } from '../weekly-digest/render/local-time';
import type { DailyReport } from './daily-report.model';

const ratioCell = (r: Ratio): string => `${percent(r.rate)} (${r.numerator}/${r.denominator})`;

/** The report's two sentences: the headline and the field team's account. */
export function dailyReportSentences(
  report: DailyReport,
  lang: Language,
): { headline: string; spotChecks: string } {
  const s = report.spotChecks;
  return {
    headline: DAILY_HEADLINE[lang](report.headline),
    spotChecks: SPOT_CHECK_SUMMARY[lang]({
      visits: s.visits,
      unitsVisited: s.unitsVisited,
      hazardsFound: s.hazardsFound,
      rectified: s.rectified,
      contradicted: s.contradicted.numerator,
      zeroReportsVisited: s.zeroReportsVisited,
      share: s.contradicted.rate,
    }),
  };
}

/** The daily report laid out in one language, for the Markdown and HTML renderers. */
export function dailyReportDocument(report: DailyReport, lang: Language): DigestDocument {
  const w = (key: keyof typeof DAILY_REPORT_WORDS) => DAILY_REPORT_WORDS[key][lang];
  const figureNames = DAILY_FIGURES.map((f) => DAILY_FIGURE_WORDS[f][lang]);
  const numeric = DAILY_FIGURES.map((_, i) => i + 1);
  const groupTable = (head: string, groups: GroupFigures[]): DigestTable => ({
    head: [head, ...figureNames],
    rows: groups.map((g) => [g.key, ...DAILY_FIGURES.map((f) => ratioCell(g.figures[f]))]),
    numeric,
  });
  const section = (heading: string, table: DigestTable | null, paragraphs: string[] = []) => ({
    heading,
    paragraphs: table && table.rows.length === 0 ? [...paragraphs, w('none')] : paragraphs,
    table: table && table.rows.length > 0 ? table : null,
  });
  const { headline, spotChecks } = dailyReportSentences(report, lang);
  const laggardRows = DAILY_FIGURES.flatMap((f) =>
    report.laggards.towns[f].map((g, i) => [
      DAILY_FIGURE_WORDS[f][lang],
      String(i + 1),
      g.key,
      ratioCell(g.ratio),
    ]),
  );
  return {
    lang,
    title: `${w('title')} ${report.date}`,
    period: `${w('asOf')} ${localDateTime(report.cutOff, report.timeZone)} (${report.timeZone})`,
    headline,
    weekSummary: spotChecks,
    note: null,
    sections: [
      section(w('figures'), {
        head: [w('figure'), w('value')],
        rows: DAILY_FIGURES.map((f) => [DAILY_FIGURE_WORDS[f][lang], ratioCell(report.city[f])]),
        numeric: [1],
      }),
      section(w('byTown'), groupTable(w('town'), report.byTown)),
      section(
        w('byIndustryAuthority'),
        groupTable(w('industryAuthority'), report.byIndustryAuthority),
      ),
      section(w('laggardTowns'), {
        head: [w('figure'), w('rank'), w('town'), w('value')],
        rows: laggardRows,
        numeric: [1, 3],
      }),
      section(w('laggardUnits'), {
        head: [
          w('unit'),
          w('town'),
          w('industryAuthority'),
          w('hazards'),
          w('rectified'),
          w('overdueCount'),
        ],
        rows: report.laggards.units.map((u) => [
          u.name,
          u.town,
          u.industryAuthority,
          String(u.hazards),
          String(u.rectified),
          String(u.overdue),
        ]),
        numeric: [3, 4, 5],
      }),
      section(`${w('overdue')} (${report.overdue.count})`, {
        head: [w('unit'), w('town'), w('industryAuthority'), w('kind'), w('deadline')],
        rows: report.overdue.shown.map((h) => [
          h.unitName,
          h.town,
          h.industryAuthority,
          h.major ? w('major') : w('general'),
          localDateTime(h.deadline, report.timeZone),
        ]),
        numeric: [],
      }),
      section(w('spotChecks'), null, [spotChecks]),
    ],
  };
}
