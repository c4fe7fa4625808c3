import type { Listing } from '@hazard/workflows';
import type { Wording } from './language';

/** The two lists every level keeps (docs/architecture.md §2), as titles of exports and pages. */
export const CASE_LIST_WORDS = {
  /** 隐患问题清单: the cases under listed supervision. */
  hazardList: { 'zh-CN': '隐患问题清单', en: 'Hazard list' },
  /** 整改销号清单: the cases rectified, accepted and struck off. */
  closureLedger: { 'zh-CN': '整改销号清单', en: 'Rectification and closure ledger' },
} satisfies Record<string, Wording>;

/** What the 督办通知书 records of a hazard, field by field, as columns and form labels name it. */
export const LISTING_FIELD_WORDS: Record<keyof Listing, Wording> = {
  title: { 'zh-CN': '隐患名称', en: 'Hazard' },
  description: { 'zh-CN': '隐患描述', en: 'Description' },
  unitName: { 'zh-CN': '单位名称', en: 'Unit' },
  town: { 'zh-CN': '乡镇（街道、开发区）', en: 'Town' },
  industryAuthority: { 'zh-CN': '行业主管部门', en: 'Industry authority' },
  professionalDomain: { 'zh-CN': '专业领域', en: 'Professional domain' },
  priority: { 'zh-CN': '急重轻缓', en: 'Priority' },
  criterion: { 'zh-CN': '判定依据', en: 'Criterion' },
  listingLevel: { 'zh-CN': '挂牌层级', en: 'Listing level' },
  noticeNumber: { 'zh-CN': '督办文号', en: 'Notice number' },
};
