import ExcelJS from 'exceljs';
import { RISK_FLAG_WORDS } from '@hazard/domain';
import type { Language, Registries } from '@hazard/domain';
import { IMPORT_COLUMNS } from './import-columns';
import type { SpreadsheetFormat } from './spreadsheet-rows';

const EXAMPLE: Record<string, string> = {
  name: '南安市水头某石材有限公司',
  creditCode: '91350100M000100Y43',
  otherIdentifier: '',
  address: '南安市水头镇五里桥工业区',
  town: '水头镇',
  industryAuthority: '工信局',
  category: '规模以下工业企业',
  professionalDomains: '用电安全、消防安全',
  riskFlags: '粉尘涉爆',
};

const NOTES: Record<Language, { sheet: string; lines: string[] }> = {
  'zh-CN': {
    sheet: '填写说明',
    lines: [
      '带 * 的列必填；统一社会信用代码须通过 GB 32100-2015 校验，无代码的个体工商户、场所填写其他标识。',
      '多个专业领域、风险标识之间用顿号（、）或逗号分隔。',
      '乡镇、行业主管部门、单位类别须与名录一致：',
    ],
  },
  en: {
    sheet: 'How to fill in',
    lines: [
      'Columns marked * are required; a credit code must pass the GB 32100-2015 check, a unit without one gives another identifier.',
      'Separate several professional domains or risk flags with 、 or commas.',
      'Towns, industry authorities and categories must be those of the registries:',
    ],
  },
};

/** The import template: the headers, one example row, and what the registries allow. */
export async function unitImportTemplate(
  format: SpreadsheetFormat,
  lang: Language,
  registries: Registries,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(lang === 'en' ? 'Units' : '生产经营单位');
  sheet.addRow(IMPORT_COLUMNS.map((c) => `${c.words[lang]}${c.required ? '*' : ''}`));
  sheet.addRow(IMPORT_COLUMNS.map((c) => EXAMPLE[c.field]));
  if (format === 'csv') {
    // A BOM, so that spreadsheet programs open the Chinese text as UTF-8.
    return Buffer.concat([Buffer.from('\uFEFF'), Buffer.from(await workbook.csv.writeBuffer())]);
  }
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column) => (column.width = 24));
  const notes = workbook.addWorksheet(NOTES[lang].sheet);
  for (const line of NOTES[lang].lines) notes.addRow([line]);
  const lists = [
    [IMPORT_COLUMNS[4].words[lang], ...registries.towns.map((e) => e.name)],
    [IMPORT_COLUMNS[5].words[lang], ...registries.industryAuthorities.map((e) => e.name)],
    [IMPORT_COLUMNS[6].words[lang], ...registries.unitCategories.map((e) => e.name)],
    [IMPORT_COLUMNS[8].words[lang], ...Object.values(RISK_FLAG_WORDS).map((w) => w['zh-CN'])],
  ];
  const height = Math.max(...lists.map((l) => l.length));
  for (let i = 0; i < height; i += 1) notes.addRow(lists.map((list) => list[i] ?? ''));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
