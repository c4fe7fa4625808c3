import type {
  CasePhase,
  CaseState,
  DeadlineKind,
  EscalationLevel,
  HazardEventType,
  Priority,
} from '@hazard/workflows';
import type { Role } from '../actor';
import type { CaseCommandType } from '../major-hazard/commands';
import type { Wording } from './language';

/**
 * The one table of words for a major-hazard case, in both languages, in the seed's own terms:
 * 挂牌督办 (listing), 领导挂钩 with one 挂牌领导 per case, 一案一策 (the plan), 验收销号
 * (acceptance and closure). Errors, digests, notices and the console all take their words
 * from here.
 */
export const CASE_STATE_WORDS: Record<CaseState, Wording> = {
  unlisted: { 'zh-CN': '未挂牌', en: 'Not listed' },
  listed: { 'zh-CN': '已挂牌，待指定挂牌领导', en: 'Listed, no leader yet' },
  'leaderAssigned.awaitingPlan': { 'zh-CN': '待提交整改方案', en: 'Awaiting the plan' },
  'leaderAssigned.planSubmitted': { 'zh-CN': '整改方案待审批', en: 'Plan awaiting approval' },
  planApproved: {
    'zh-CN': '方案已批准，待落实管控措施',
    en: 'Plan approved, controls pending',
  },
  controlsInPlace: { 'zh-CN': '已落实管控措施，整改中', en: 'Controls in place, rectifying' },
  rectified: { 'zh-CN': '已整改，待验收', en: 'Rectified, awaiting acceptance' },
  closed: { 'zh-CN': '已验收销号', en: 'Accepted and closed' },
};

/** The seed's four-way split (“完成整改…正在按整改方案计划推进落实…”). */
export const CASE_PHASE_WORDS: Record<CasePhase, Wording> = {
  planning: { 'zh-CN': '正在制定整改方案', en: 'Plan in preparation' },
  rectifying: { 'zh-CN': '按整改方案推进落实', en: 'Progressing under the plan' },
  awaitingAcceptance: { 'zh-CN': '已整改待验收', en: 'Rectified, awaiting acceptance' },
  closed: { 'zh-CN': '已验收销号', en: 'Accepted and closed' },
};

export interface CommandWords {
  /** The action's name: the console's button, the subject of a refusal. */
  name: Wording;
  /** `POST /api/hazards/:id/<route>`; the listing itself is `POST /api/hazards`. */
  route: string | null;
}

/** Kept literal (`as const`), so that a route name is a type and a table keyed by it is complete. */
export const CASE_COMMAND_WORDS = {
  ListHazard: { name: { 'zh-CN': '挂牌督办', en: 'List for supervision' }, route: null },
  AssignLeader: {
    name: { 'zh-CN': '指定挂牌领导', en: 'Assign leader' },
    route: 'assign-leader',
  },
  ReassignLeader: {
    name: { 'zh-CN': '更换挂牌领导', en: 'Reassign leader' },
    route: 'reassign-leader',
  },
  SubmitPlan: { name: { 'zh-CN': '提交整改方案', en: 'Submit plan' }, route: 'submit-plan' },
  ApprovePlan: { name: { 'zh-CN': '批准方案', en: 'Approve plan' }, route: 'approve-plan' },
  RejectPlan: { name: { 'zh-CN': '退回方案', en: 'Reject plan' }, route: 'reject-plan' },
  ConfirmControls: {
    name: { 'zh-CN': '确认管控措施', en: 'Confirm controls' },
    route: 'confirm-controls',
  },
  RecordProgress: {
    name: { 'zh-CN': '报告整改进展', en: 'Record progress' },
    route: 'record-progress',
  },
  ReportRectified: {
    name: { 'zh-CN': '报告整改完成', en: 'Report rectified' },
    route: 'report-rectified',
  },
  RejectRectification: {
    name: { 'zh-CN': '退回整改', en: 'Reject rectification' },
    route: 'reject-rectification',
  },
  CloseCase: { name: { 'zh-CN': '验收销号', en: 'Accept and close' }, route: 'close' },
  RequestExtension: {
    name: { 'zh-CN': '申请延期', en: 'Request extension' },
    route: 'request-extension',
  },
  ApproveExtension: {
    name: { 'zh-CN': '批准延期', en: 'Approve extension' },
    route: 'approve-extension',
  },
  RefuseExtension: {
    name: { 'zh-CN': '不予延期', en: 'Refuse extension' },
    route: 'refuse-extension',
  },
  RecordDeadlineMissed: {
    name: { 'zh-CN': '记录逾期', en: 'Record missed deadline' },
    route: null,
  },
  RaiseEscalation: { name: { 'zh-CN': '升级督办', en: 'Escalate' }, route: null },
  SendReminder: { name: { 'zh-CN': '期限提醒', en: 'Send reminder' }, route: null },
} as const satisfies Record<CaseCommandType, CommandWords>;

/** The command endpoints a user may be offered (`allowedActions` names them so). */
export type CaseCommandRoute = NonNullable<(typeof CASE_COMMAND_WORDS)[CaseCommandType]['route']>;

/** What happened, as a case's history (its timeline) names each event. */
export const CASE_EVENT_WORDS: Record<HazardEventType, Wording> = {
  HazardListed: { 'zh-CN': '挂牌督办', en: 'Listed for supervision' },
  LeaderAssigned: { 'zh-CN': '指定挂牌领导', en: 'Leader assigned' },
  LeaderReassigned: { 'zh-CN': '更换挂牌领导', en: 'Leader reassigned' },
  PlanSubmitted: { 'zh-CN': '提交整改方案（一案一策）', en: 'Plan submitted' },
  PlanApproved: { 'zh-CN': '批准方案', en: 'Plan approved' },
  PlanRejected: { 'zh-CN': '退回方案', en: 'Plan rejected' },
  ControlsConfirmed: { 'zh-CN': '确认管控措施', en: 'Controls confirmed' },
  ProgressRecorded: { 'zh-CN': '报告整改进展', en: 'Progress recorded' },
  RectificationReported: { 'zh-CN': '报告整改完成', en: 'Rectification reported' },
  RectificationRejected: { 'zh-CN': '退回整改', en: 'Rectification rejected' },
  CaseClosed: { 'zh-CN': '验收销号', en: 'Accepted and closed' },
  ExtensionRequested: { 'zh-CN': '申请延期', en: 'Extension requested' },
  ExtensionApproved: { 'zh-CN': '批准延期', en: 'Extension approved' },
  ExtensionRefused: { 'zh-CN': '不予延期', en: 'Extension refused' },
  DeadlineMissed: { 'zh-CN': '逾期', en: 'Deadline missed' },
  EscalationRaised: { 'zh-CN': '升级督办', en: 'Escalated' },
  ReminderSent: { 'zh-CN': '期限提醒', en: 'Reminder sent' },
};

export const DEADLINE_KIND_WORDS: Record<DeadlineKind, Wording> = {
  planSubmission: { 'zh-CN': '整改方案提交期限', en: 'plan submission deadline' },
  rectification: { 'zh-CN': '整改期限', en: 'rectification deadline' },
  acceptance: { 'zh-CN': '验收期限', en: 'acceptance deadline' },
};

/** 督办函 → 通报 → 约谈. */
export const ESCALATION_LEVEL_WORDS: Record<EscalationLevel, Wording> = {
  urgingLetter: { 'zh-CN': '督办函', en: 'urging letter' },
  publicNotice: { 'zh-CN': '通报', en: 'public notice' },
  summons: { 'zh-CN': '约谈', en: 'summons' },
};

/** 急重轻缓. */
export const PRIORITY_WORDS: Record<Priority, Wording> = {
  urgent: { 'zh-CN': '急', en: 'urgent' },
  serious: { 'zh-CN': '重', en: 'serious' },
  minor: { 'zh-CN': '轻', en: 'minor' },
  deferrable: { 'zh-CN': '缓', en: 'deferrable' },
};

export const ROLE_WORDS: Record<Role, Wording> = {
  admin: { 'zh-CN': '系统管理员', en: 'administrator' },
  committee: { 'zh-CN': '安委会办公室', en: 'safety committee office' },
  hq: { 'zh-CN': '指挥部', en: 'command headquarters' },
  leader: { 'zh-CN': '挂牌领导', en: 'assigned leader' },
  department: { 'zh-CN': '行业主管部门', en: 'industry department' },
  town: { 'zh-CN': '乡镇（街道、开发区）', en: 'town' },
  viewer: { 'zh-CN': '查阅人员', en: 'viewer' },
  unit: { 'zh-CN': '生产经营单位', en: 'production or business unit' },
  scheduler: { 'zh-CN': '期限调度程序', en: 'deadline scheduler' },
};

/** The person of 领导挂钩 (一案一挂), as columns and labels name them. */
export const LEADER_WORD: Wording = { 'zh-CN': '挂牌领导', en: 'leader' };
