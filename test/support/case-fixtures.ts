import type { CaseState, HazardEvent, Leader, Listing, Plan } from '@hazard/workflows';
import { SCHEDULER_ACTOR } from '@hazard/domain';
import type { Actor } from '@hazard/domain';

/** 08:00 in Shanghai: every spec's default `now`. */
export const NOW = new Date('2026-11-30T00:00:00Z');
export const TIME_ZONE = 'Asia/Shanghai';
/** Later than every deadline and escalation of the fixtures: when on-time jobs have all fired. */
export const AFTER_EVERY_DEADLINE = new Date('2028-01-01T00:00:00Z');
export const CASE_ID = 'c-0001';

export const listing: Listing = {
  title: '某厂房屋结构开裂',
  description: '承重墙出现贯穿裂缝',
  unitName: '南安市某石材厂',
  town: '水头镇',
  industryAuthority: '住建局',
  professionalDomain: '房屋安全',
  priority: 'urgent',
  criterion: { standard: 'GB 50292', clause: '7.1' },
  listingLevel: '市级',
  noticeNumber: '南安委督〔2026〕1号',
};

export const leader: Leader = { id: 'u-leader', name: '张三' };
export const otherLeader: Leader = { id: 'u-leader-2', name: '王五' };

export const plan: Plan = {
  responsibleDepartment: '应急管理局',
  responsiblePerson: '李四',
  deadline: '2027-01-29T18:00:00+08:00',
  controlMeasures: ['设置警戒区', '停止使用开裂厂房'],
};

/** Urgent: 3 days after NOW; acceptance: 10 days after NOW. */
export const PLAN_DEADLINE = '2026-12-03T08:00:00+08:00';
export const ACCEPTANCE_DEADLINE = '2026-12-10T08:00:00+08:00';

const actor = (userId: string, name: string, extra: Partial<Actor>): Actor => ({
  userId,
  name,
  roles: [],
  towns: [],
  departments: [],
  ...extra,
});

export const actors = {
  committee: actor('u-committee', '安委会', { roles: ['committee'] }),
  hq: actor('u-hq', '指挥部', { roles: ['hq'] }),
  leader: actor(leader.id, leader.name, { roles: ['leader'] }),
  otherLeader: actor(otherLeader.id, otherLeader.name, { roles: ['leader'] }),
  /** Speaks for the plan's responsible department. */
  department: actor('u-yjj', '应急管理局', {
    roles: ['department'],
    departments: [plan.responsibleDepartment],
  }),
  /** Speaks for the listing's industry authority. */
  authority: actor('u-zjj', '住建局', {
    roles: ['department'],
    departments: [listing.industryAuthority],
  }),
  town: actor('u-town', '水头镇', { roles: ['town'], towns: [listing.town] }),
  viewer: actor('u-viewer', '查看员', { roles: ['viewer'] }),
  scheduler: SCHEDULER_ACTOR,
} satisfies Record<string, Actor>;

/** The events of the main road through the workflow, one per step. */
export const step = {
  listed: { type: 'HazardListed', data: { caseId: CASE_ID, listing } },
  leaderAssigned: { type: 'LeaderAssigned', data: { leader, planDeadline: PLAN_DEADLINE } },
  planSubmitted: { type: 'PlanSubmitted', data: { plan } },
  planApproved: { type: 'PlanApproved', data: { rectificationDeadline: plan.deadline } },
  controlsConfirmed: { type: 'ControlsConfirmed', data: { note: '警戒区已设置' } },
  rectificationReported: {
    type: 'RectificationReported',
    data: { summary: '已加固承重墙', acceptanceDeadline: ACCEPTANCE_DEADLINE },
  },
  caseClosed: { type: 'CaseClosed', data: { note: '验收合格，予以销号' } },
} satisfies Record<string, HazardEvent>;

const MAIN_ROAD: HazardEvent[] = Object.values(step);

/** A canonical event path that reaches each state: the main road, up to that state. */
export const PATH_TO: Record<CaseState, HazardEvent[]> = {
  unlisted: MAIN_ROAD.slice(0, 0),
  listed: MAIN_ROAD.slice(0, 1),
  'leaderAssigned.awaitingPlan': MAIN_ROAD.slice(0, 2),
  'leaderAssigned.planSubmitted': MAIN_ROAD.slice(0, 3),
  planApproved: MAIN_ROAD.slice(0, 4),
  controlsInPlace: MAIN_ROAD.slice(0, 5),
  rectified: MAIN_ROAD.slice(0, 6),
  closed: MAIN_ROAD.slice(0, 7),
};
