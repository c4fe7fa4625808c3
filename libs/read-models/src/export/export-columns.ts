import {
  CASE_LIST_WORDS,
  CASE_STATE_WORDS,
  DEADLINE_KIND_WORDS,
  ESCALATION_LEVEL_WORDS,
  LEADER_WORD,
  LISTING_FIELD_WORDS,
  PRIORITY_WORDS,
  zonedParts,
} from '@hazard/domain';
import type { Language, Wording } from '@hazard/domain';
import type { HazardCaseView } from '../projection/hazard-case.view';

export type Cell = string | number;

export interface ExportColumn {
  header: Wording;
  /** Width in characters, for the spreadsheet. */
  width: number;
  value(view: HazardCaseView, row: RowContext): Cell;
}

export interface RowContext {
  /** 1-based place in the list. */
  number: number;
  language: Language;
  timeZone: string;
}

export interface ExportList {
  kind: keyof typeof CASE_LIST_WORDS;
  /** The English file name's stem (plain ASCII: also every file name's fallback). */
  fileStem: string;
  columns: ExportColumn[];
}

const words = (wording: Wording, { language }: RowContext) => wording[language];

/** `YYYY-MM-DD HH:mm`, local time: how a clerk writes a time on a list. */
function localTime(iso: string | undefined, timeZone: string): string {
  if (!iso) return '';
  const p = zonedParts(new Date(iso), timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

const column = (header: Wording, width: number, value: ExportColumn['value']): ExportColumn => ({
  header,
  width,
  value,
});

const LISTING: ExportColumn[] = [
  column({ 'zh-CN': '序号', en: 'No.' }, 6, (_, row) => row.number),
  column(LISTING_FIELD_WORDS.noticeNumber, 22, (v) => v.listing.noticeNumber),
  column(LISTING_FIELD_WORDS.title, 30, (v) => v.listing.title),
  column(LISTING_FIELD_WORDS.unitName, 28, (v) => v.listing.unitName),
  column(LISTING_FIELD_WORDS.town, 14, (v) => v.listing.town),
  column(LISTING_FIELD_WORDS.industryAuthority, 14, (v) => v.listing.industryAuthority),
  column(LISTING_FIELD_WORDS.professionalDomain, 14, (v) => v.listing.professionalDomain),
  column(LISTING_FIELD_WORDS.priority, 8, (v, row) =>
    words(PRIORITY_WORDS[v.listing.priority], row),
  ),
  column(LISTING_FIELD_WORDS.listingLevel, 10, (v) => v.listing.listingLevel),
  column(
    LISTING_FIELD_WORDS.criterion,
    28,
    (v) => `${v.listing.criterion.standard} ${v.listing.criterion.clause}`,
  ),
  column({ 'zh-CN': '挂牌时间', en: 'Listed at' }, 17, (v, row) =>
    localTime(v.listedAt, row.timeZone),
  ),
  column(LEADER_WORD, 12, (v) => v.leader?.name ?? ''),
  column({ 'zh-CN': '责任单位', en: 'Responsible department' }, 18, (v) =>
    v.plan ? v.plan.responsibleDepartment : '',
  ),
  column(
    { 'zh-CN': '责任人', en: 'Responsible person' },
    10,
    (v) => v.plan?.responsiblePerson ?? '',
  ),
  column({ 'zh-CN': '管控措施', en: 'Control measures' }, 40, (v) =>
    (v.plan?.controlMeasures ?? []).join('\n'),
  ),
];

/** 隐患问题清单: where each case stands and how late it is. */
const HAZARD_LIST: ExportList = {
  kind: 'hazardList',
  fileStem: 'hazard-list',
  columns: [
    ...LISTING,
    column({ 'zh-CN': '状态', en: 'State' }, 24, (v, row) => words(CASE_STATE_WORDS[v.state], row)),
    column({ 'zh-CN': '期限类型', en: 'Deadline' }, 16, (v, row) =>
      v.deadlineInForce ? words(DEADLINE_KIND_WORDS[v.deadlineInForce.kind], row) : '',
    ),
    column({ 'zh-CN': '现行期限', en: 'Due' }, 17, (v, row) =>
      localTime(v.deadlineInForce?.deadline, row.timeZone),
    ),
    column({ 'zh-CN': '是否逾期', en: 'Overdue' }, 9, (v, row) =>
      words(v.overdue ? { 'zh-CN': '是', en: 'yes' } : { 'zh-CN': '否', en: 'no' }, row),
    ),
    column({ 'zh-CN': '督办层级', en: 'Escalation' }, 10, (v, row) =>
      v.escalationLevel ? words(ESCALATION_LEVEL_WORDS[v.escalationLevel], row) : '',
    ),
  ],
};

/** 整改销号清单: what was to be rectified by when, and when it was struck off (its last event). */
const CLOSURE_LEDGER: ExportList = {
  kind: 'closureLedger',
  fileStem: 'closure-ledger',
  columns: [
    ...LISTING,
    // The plan's deadline: a closed case has no deadline in force any more.
    column({ 'zh-CN': '整改期限', en: 'Rectification deadline' }, 17, (v, row) =>
      localTime(v.plan?.deadline, row.timeZone),
    ),
    column({ 'zh-CN': '销号时间', en: 'Closed at' }, 17, (v, row) =>
      localTime(v.updatedAt, row.timeZone),
    ),
  ],
};

/** The closed cases make the closure ledger; any other selection is the hazard list. */
export const exportListFor = (state: string | undefined): ExportList =>
  state === 'closed' ? CLOSURE_LEDGER : HAZARD_LIST;

export const listTitle = (list: ExportList, language: Language): string =>
  CASE_LIST_WORDS[list.kind][language];
