import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  CASE_STATE_WORDS,
  GENERAL_HAZARD_STATE_WORDS,
  HAZARD_KIND_WORDS,
  HAZARD_SOURCE_WORDS,
  LIST_COLUMN_WORDS,
  LIST_WORDS,
  PRIORITY_WORDS,
  YES_NO_WORDS,
} from '@hazard/domain';
import type { Language, Wording } from '@hazard/domain';
import type { HazardListEntry, HazardListKind } from '../queries/hazard-lists.queries';

type Column = keyof typeof LIST_COLUMN_WORDS;

const COLUMNS: Record<HazardListKind, Column[]> = {
  hazards: [
    'kind',
    'id',
    'unitName',
    'town',
    'industryAuthority',
    'title',
    'source',
    'grading',
    'state',
    'foundAt',
    'deadline',
    'overdue',
  ],
  rectifications: [
    'kind',
    'id',
    'unitName',
    'town',
    'industryAuthority',
    'title',
    'source',
    'grading',
    'foundAt',
    'deadline',
    'closedAt',
    'closedBy',
  ],
};

const WIDTHS: Partial<Record<Column, number>> = { id: 38, unitName: 30, title: 50, town: 16 };

const word = (table: Record<string, Wording>, key: string | null, lang: Language) =>
  key === null ? '' : (table[key]?.[lang] ?? key);

/** One list entry in the words of the language, column by column. */
function cells(entry: HazardListEntry, columns: Column[], lang: Language): string[] {
  const states: Record<string, Wording> =
    entry.kind === 'major' ? CASE_STATE_WORDS : GENERAL_HAZARD_STATE_WORDS;
  const value: Record<Column, string> = {
    kind: HAZARD_KIND_WORDS[entry.kind][lang],
    id: entry.id,
    unitName: entry.unitName,
    town: entry.town,
    industryAuthority: entry.industryAuthority,
    title: entry.title,
    source: word(HAZARD_SOURCE_WORDS, entry.source, lang),
    grading: word(PRIORITY_WORDS, entry.grading, lang),
    state: word(states, entry.state, lang),
    foundAt: entry.foundAt,
    deadline: entry.deadline ?? '',
    overdue: (entry.overdue ? YES_NO_WORDS.yes : YES_NO_WORDS.no)[lang],
    closedAt: entry.closedAt ?? '',
    closedBy: entry.closedBy ?? '',
  };
  return columns.map((column) => value[column]);
}

/**
 * Writes a list as an XLSX workbook straight to `out`, row by row (exceljs's streaming
 * writer), so a city-wide list of any length is exported in constant memory.
 */
export async function writeHazardListWorkbook(
  out: Writable,
  list: HazardListKind,
  entries: Iterable<HazardListEntry>,
  lang: Language,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(LIST_WORDS[list][lang], {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const columns = COLUMNS[list];
  sheet.columns = columns.map((column) => ({
    header: LIST_COLUMN_WORDS[column][lang],
    key: column,
    width: WIDTHS[column] ?? 18,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const entry of entries) sheet.addRow(cells(entry, columns, lang)).commit();
  sheet.commit();
  await workbook.commit();
}
