import type {
  GeneralDeadlineKind,
  GeneralHazardState,
  HazardSource,
  SupervisionLevel,
} from '@hazard/workflows';
import type { GeneralHazardCommandType } from '../general-hazard/general-hazard.commands';
import type { InspectionKind } from '../inspections/inspection.events';
import type { RiskFlag } from '../units/unit.events';
import type { CommandWords } from './case-vocabulary';
import type { Wording } from './language';

/**
 * The words of the campaign layer (docs/architecture.md §9) in both languages, in the seed's terms:
 * 一般隐患, 企业自查, 监督检查, 现场指导, 零隐患, 整改, 验收销号, 隐患问题清单, 整改销号清单.
 */
export const GENERAL_HAZARD_STATE_WORDS: Record<GeneralHazardState, Wording> = {
  unfound: { 'zh-CN': '未登记', en: 'Not recorded' },
  found: { 'zh-CN': '已发现，待整改', en: 'Found, to be rectified' },
  rectifying: { 'zh-CN': '整改中', en: 'Rectifying' },
  rectificationReported: { 'zh-CN': '已整改，待验收', en: 'Rectified, awaiting verification' },
  closed: { 'zh-CN': '已验收销号', en: 'Verified and closed' },
  escalated: { 'zh-CN': '已判定为重大隐患', en: 'Escalated to a major hazard' },
};

export const GENERAL_HAZARD_COMMAND_WORDS: Record<GeneralHazardCommandType, CommandWords> = {
  OpenFinding: { name: { 'zh-CN': '登记检查发现的隐患', en: 'Record a finding' }, route: null },
  ReportHazard: { name: { 'zh-CN': '登记群众举报', en: 'Record a public report' }, route: null },
  StartRectification: {
    name: { 'zh-CN': '开始整改', en: 'Start rectification' },
    route: 'start-rectification',
  },
  ReportRectified: {
    name: { 'zh-CN': '报告整改完成', en: 'Report rectified' },
    route: 'report-rectified',
  },
  RejectRectification: {
    name: { 'zh-CN': '退回整改', en: 'Reject rectification' },
    route: 'reject-rectification',
  },
  VerifyRectification: { name: { 'zh-CN': '验收销号', en: 'Verify and close' }, route: 'verify' },
  ExtendDeadline: {
    name: { 'zh-CN': '延长整改期限', en: 'Extend the deadline' },
    route: 'extend-deadline',
  },
  EscalateToMajor: {
    name: { 'zh-CN': '判定为重大隐患', en: 'Escalate to a major hazard' },
    route: 'escalate',
  },
  RecordDeadlineMissed: {
    name: { 'zh-CN': '记录逾期', en: 'Record missed deadline' },
    route: null,
  },
  SendReminder: { name: { 'zh-CN': '期限提醒', en: 'Send reminder' }, route: null },
};

export const HAZARD_SOURCE_WORDS: Record<HazardSource, Wording> = {
  selfInspection: { 'zh-CN': '企业自查', en: 'self-inspection' },
  department: { 'zh-CN': '部门检查', en: 'department inspection' },
  town: { 'zh-CN': '属地检查', en: 'town inspection' },
  spotCheck: { 'zh-CN': '现场指导抽查', en: 'spot check' },
  publicReport: { 'zh-CN': '群众举报', en: 'report from the public' },
};

export const INSPECTION_KIND_WORDS: Record<InspectionKind, Wording> = {
  self: { 'zh-CN': '企业自查', en: 'self-inspection' },
  supervisory: { 'zh-CN': '监督检查', en: 'supervisory inspection' },
  fieldGuidance: { 'zh-CN': '现场指导', en: 'field guidance' },
};

export const RISK_FLAG_WORDS: Record<RiskFlag, Wording> = {
  majorHazardSource: { 'zh-CN': '重大危险源', en: 'major hazard installation' },
  confinedSpace: { 'zh-CN': '有限空间', en: 'confined space' },
  dustExplosion: { 'zh-CN': '粉尘涉爆', en: 'combustible dust' },
  ammoniaRefrigeration: { 'zh-CN': '涉氨制冷', en: 'ammonia refrigeration' },
  fireSafetyKey: { 'zh-CN': '消防重点单位', en: 'key fire-safety unit' },
};

export const SUPERVISION_LEVEL_WORDS: Record<SupervisionLevel, Wording> = {
  city: { 'zh-CN': '市级行业主管部门', en: 'city department' },
  town: { 'zh-CN': '乡镇（街道、开发区）', en: 'town' },
};

export const GENERAL_DEADLINE_KIND_WORDS: Record<GeneralDeadlineKind, Wording> = {
  rectification: { 'zh-CN': '整改期限', en: 'rectification deadline' },
  verification: { 'zh-CN': '验收期限', en: 'verification deadline' },
};

/** The two lists every level keeps. */
export const LIST_WORDS = {
  hazards: { 'zh-CN': '隐患问题清单', en: 'Hazard list' },
  rectifications: { 'zh-CN': '整改销号清单', en: 'Rectification-and-closure ledger' },
} satisfies Record<string, Wording>;

/** 一般隐患 / 重大隐患, as the lists tell the two kinds apart. */
export const HAZARD_KIND_WORDS = {
  general: { 'zh-CN': '一般隐患', en: 'general' },
  major: { 'zh-CN': '重大隐患', en: 'major' },
} satisfies Record<string, Wording>;

/** The columns of the two lists, as their exports head them. */
export const LIST_COLUMN_WORDS = {
  kind: { 'zh-CN': '隐患类别', en: 'Kind' },
  id: { 'zh-CN': '编号', en: 'ID' },
  unitName: { 'zh-CN': '单位名称', en: 'Unit' },
  town: { 'zh-CN': '所在乡镇（街道、开发区）', en: 'Town' },
  industryAuthority: { 'zh-CN': '行业主管部门', en: 'Industry authority' },
  title: { 'zh-CN': '隐患描述', en: 'Hazard' },
  source: { 'zh-CN': '隐患来源', en: 'Source' },
  grading: { 'zh-CN': '等级（急重轻缓）', en: 'Grading' },
  state: { 'zh-CN': '状态', en: 'State' },
  foundAt: { 'zh-CN': '发现（挂牌）时间', en: 'Found (listed)' },
  deadline: { 'zh-CN': '整改期限', en: 'Deadline' },
  overdue: { 'zh-CN': '是否逾期', en: 'Overdue' },
  closedAt: { 'zh-CN': '验收销号时间', en: 'Verified and closed' },
  closedBy: { 'zh-CN': '验收人', en: 'Verified by' },
} satisfies Record<string, Wording>;

export const YES_NO_WORDS = {
  yes: { 'zh-CN': '是', en: 'yes' },
  no: { 'zh-CN': '否', en: 'no' },
} satisfies Record<string, Wording>;

/** The few states and commands of the unit and inspection records, as refusals name them. */
export const CAMPAIGN_RECORD_STATE_WORDS = {
  unregistered: { 'zh-CN': '未登记', en: 'not registered' },
  active: { 'zh-CN': '在册', en: 'registered' },
  recorded: { 'zh-CN': '已记录', en: 'recorded' },
} satisfies Record<string, Wording>;

export const CAMPAIGN_RECORD_COMMAND_WORDS = {
  RecordInspection: { 'zh-CN': '记录检查', en: 'Record inspection' },
  RegisterUnit: { 'zh-CN': '登记单位', en: 'Register unit' },
  AmendUnit: { 'zh-CN': '修改单位信息', en: 'Amend unit' },
  CloseUnit: { 'zh-CN': '注销单位', en: 'Close unit' },
} satisfies Record<string, Wording>;
