import type { Role } from '@hazard/domain';
import type {
  CaseState,
  DeadlineKind,
  EscalationLevel,
  HazardEventType,
  Priority,
} from '@hazard/workflows';

/**
 * The domain's words in both languages: the one table the console takes every command,
 * state, priority and escalation label from (the seed's terms: 挂牌督办, 挂牌领导, 一案一策,
 * 验收销号, 每周一报). Keyed by the domain's own types, so a new state or command that is
 * not named here fails the type check. Meant to be replaced by, or to mirror, the shared
 * vocabulary of libs/domain once it exists.
 */
export type Language = 'zh-CN' | 'en';
export type Label = Readonly<Record<Language, string>>;

const label = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

/** The command endpoints `POST /api/hazards/:id/<action>`, as `allowedActions` names them. */
export const CASE_ACTIONS = [
  'assign-leader',
  'reassign-leader',
  'submit-plan',
  'approve-plan',
  'reject-plan',
  'confirm-controls',
  'record-progress',
  'report-rectified',
  'reject-rectification',
  'close',
  'request-extension',
  'approve-extension',
  'refuse-extension',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** Each button is named after its command. */
export const ACTION_LABELS: Record<CaseAction, Label> = {
  'assign-leader': label('指定挂牌领导', 'Assign leader'),
  'reassign-leader': label('更换挂牌领导', 'Reassign leader'),
  'submit-plan': label('提交整改方案', 'Submit plan'),
  'approve-plan': label('批准方案', 'Approve plan'),
  'reject-plan': label('退回方案', 'Reject plan'),
  'confirm-controls': label('确认管控措施', 'Confirm controls'),
  'record-progress': label('报告整改进展', 'Report progress'),
  'report-rectified': label('报告整改完成', 'Report rectified'),
  'reject-rectification': label('退回整改', 'Reject rectification'),
  close: label('验收销号', 'Accept and close'),
  'request-extension': label('申请延期', 'Request extension'),
  'approve-extension': label('批准延期', 'Approve extension'),
  'refuse-extension': label('不予延期', 'Refuse extension'),
};

export const STATE_LABELS: Record<CaseState, Label> = {
  unlisted: label('未挂牌', 'Not listed'),
  listed: label('已挂牌，待指定领导', 'Listed, awaiting a leader'),
  'leaderAssigned.awaitingPlan': label('待提交整改方案', 'Awaiting the plan'),
  'leaderAssigned.planSubmitted': label('方案待审批', 'Plan awaiting approval'),
  planApproved: label('方案已批准', 'Plan approved'),
  controlsInPlace: label('管控措施已落实，整改中', 'Controls in place, rectifying'),
  rectified: label('整改完成，待验收', 'Rectified, awaiting acceptance'),
  closed: label('已验收销号', 'Accepted and closed'),
};

/** The list filters on a top-level state too; leaderAssigned covers both of its sub-states. */
export const STATE_GROUP_LABELS = {
  leaderAssigned: label('已指定领导（方案阶段）', 'Leader assigned (plan stage)'),
} satisfies Record<string, Label>;

export const PRIORITY_LABELS: Record<Priority, Label> = {
  urgent: label('急', 'Urgent'),
  serious: label('重', 'Serious'),
  minor: label('轻', 'Minor'),
  deferrable: label('缓', 'Deferrable'),
};

export const ESCALATION_LABELS: Record<EscalationLevel, Label> = {
  urgingLetter: label('督办函', 'Urging letter'),
  publicNotice: label('通报', 'Public notice'),
  summons: label('约谈', 'Summons'),
};

export const DEADLINE_KIND_LABELS: Record<DeadlineKind, Label> = {
  planSubmission: label('整改方案提交期限', 'Plan due'),
  rectification: label('整改期限', 'Rectification due'),
  acceptance: label('验收期限', 'Acceptance due'),
};

export const EVENT_LABELS: Record<HazardEventType, Label> = {
  HazardListed: label('挂牌督办', 'Listed for supervision'),
  LeaderAssigned: label('指定挂牌领导', 'Leader assigned'),
  LeaderReassigned: label('更换挂牌领导', 'Leader reassigned'),
  PlanSubmitted: label('提交整改方案（一案一策）', 'Plan submitted'),
  PlanApproved: label('批准方案', 'Plan approved'),
  PlanRejected: label('退回方案', 'Plan rejected'),
  ControlsConfirmed: label('确认管控措施', 'Controls confirmed'),
  ProgressRecorded: label('报告整改进展', 'Progress reported'),
  RectificationReported: label('报告整改完成', 'Rectification reported'),
  RectificationRejected: label('退回整改', 'Rectification rejected'),
  CaseClosed: label('验收销号', 'Accepted and closed'),
  ExtensionRequested: label('申请延期', 'Extension requested'),
  ExtensionApproved: label('批准延期', 'Extension approved'),
  ExtensionRefused: label('不予延期', 'Extension refused'),
  DeadlineMissed: label('逾期', 'Deadline missed'),
  EscalationRaised: label('升级督办', 'Escalated'),
  ReminderSent: label('期限提醒', 'Reminder sent'),
};

export const ROLE_LABELS: Record<Role, Label> = {
  admin: label('系统管理员', 'Administrator'),
  committee: label('安委办', 'Safety committee office'),
  hq: label('指挥部', 'Command headquarters'),
  leader: label('挂牌领导', 'Assigned leader'),
  department: label('责任部门', 'Responsible department'),
  town: label('乡镇（街道）', 'Town'),
  viewer: label('观察员', 'Viewer'),
  scheduler: label('调度程序', 'Scheduler'),
};

/** A label of a key the console may not know (an event of a newer API): the key itself. */
export const labelOf = (
  table: Readonly<Partial<Record<string, Label>>>,
  key: string,
  language: Language,
): string => table[key]?.[language] ?? key;
