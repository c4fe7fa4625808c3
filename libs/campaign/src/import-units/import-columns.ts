import { RISK_FLAG_WORDS } from '@hazard/domain';
import type { Language, RiskFlag, UnitProfile, Wording } from '@hazard/domain';

/** The template's columns, in order, as both languages head them; `*` marks a required one. */
export const IMPORT_COLUMNS = [
  { field: 'name', words: { 'zh-CN': '单位名称', en: 'Name' }, required: true },
  {
    field: 'creditCode',
    words: { 'zh-CN': '统一社会信用代码', en: 'Credit code' },
    required: false,
  },
  {
    field: 'otherIdentifier',
    words: { 'zh-CN': '其他标识', en: 'Other identifier' },
    required: false,
  },
  { field: 'address', words: { 'zh-CN': '地址', en: 'Address' }, required: true },
  { field: 'town', words: { 'zh-CN': '所在乡镇（街道、开发区）', en: 'Town' }, required: true },
  {
    field: 'industryAuthority',
    words: { 'zh-CN': '行业主管部门', en: 'Industry authority' },
    required: true,
  },
  { field: 'category', words: { 'zh-CN': '单位类别', en: 'Category' }, required: true },
  {
    field: 'professionalDomains',
    words: { 'zh-CN': '专业领域', en: 'Professional domains' },
    required: false,
  },
  { field: 'riskFlags', words: { 'zh-CN': '风险标识', en: 'Risk flags' }, required: false },
] as const satisfies ReadonlyArray<{
  field: keyof UnitProfile;
  words: Wording;
  required: boolean;
}>;

export type ImportField = (typeof IMPORT_COLUMNS)[number]['field'];

export const headerOf = (field: string, lang: Language): string =>
  IMPORT_COLUMNS.find((c) => c.field === field)?.words[lang] ?? field;

const headerKey = (text: string): string =>
  text.normalize('NFKC').replace(/[*\s]/g, '').toLowerCase();

/** A header as either language writes it, with or without the required mark. */
export function fieldOfHeader(header: string): ImportField | null {
  const key = headerKey(header);
  const column = IMPORT_COLUMNS.find((c) =>
    Object.values(c.words).some((w) => headerKey(w) === key),
  );
  return column?.field ?? null;
}

/** Several values in one cell: 、，,；; or a line break between them. */
export const splitList = (cell: string): string[] =>
  cell
    .split(/[、，,；;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** A risk flag as a person writes it: 粉尘涉爆, "combustible dust" or dustExplosion. */
export function riskFlagOf(word: string): RiskFlag | null {
  const entry = Object.entries(RISK_FLAG_WORDS).find(
    ([flag, words]) =>
      flag === word || words['zh-CN'] === word || words.en.toLowerCase() === word.toLowerCase(),
  );
  return (entry?.[0] as RiskFlag | undefined) ?? null;
}
