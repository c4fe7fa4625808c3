import type {
  HazardEscalation,
  FoundHazard,
  GeneralHazardEvent,
  GeneralHazardState,
  HazardUnit,
} from '@hazard/workflows';
import { DEFAULT_GENERAL_HAZARD_POLICY, SCHEDULER_ACTOR } from '@hazard/domain';
import type { Actor, Registries } from '@hazard/domain';

export { NOW, TIME_ZONE, AFTER_EVERY_DEADLINE } from './case-fixtures';

export const UNIT_ID = 'unit-0001';
export const HAZARD_ID = 'hz-0001';
/** Seven days after NOW, the serious grading's default rectification time. */
export const RECTIFICATION_DEADLINE = '2026-12-07T08:00:00+08:00';
/** Seven days after NOW: the policy's verification time, counted from the report. */
export const VERIFICATION_DEADLINE = '2026-12-07T08:00:00+08:00';
export const GENERAL_POLICY = DEFAULT_GENERAL_HAZARD_POLICY;

export const unit: HazardUnit = {
  unitId: UNIT_ID,
  name: '南安市水头某石材有限公司',
  town: '水头镇',
  industryAuthority: '工信局',
  category: '规模以下工业企业',
  supervision: { level: 'town', by: '水头镇' },
};

export const foundHazard: FoundHazard = {
  hazardId: HAZARD_ID,
  unit,
  inspectionId: 'insp-0001',
  source: 'selfInspection',
  description: '切割车间配电箱未接地',
  grading: 'serious',
  foundOn: '2026-11-30',
  rectificationDeadline: RECTIFICATION_DEADLINE,
};

/** A registry small enough to read in a spec. */
export const registries: Registries = {
  towns: [{ name: '水头镇' }, { name: '官桥镇' }, { name: '溪美街道' }],
  industryAuthorities: [{ name: '工信局' }, { name: '应急管理局' }, { name: '住建局' }],
  unitCategories: [
    { name: '危险化学品', supervision: 'city' },
    { name: '规模以上工业企业', supervision: 'city' },
    { name: '规模以下工业企业', supervision: 'town' },
    { name: '个体工商户', supervision: 'town' },
  ],
};

const actor = (userId: string, name: string, extra: Partial<Actor>): Actor => ({
  userId,
  name,
  roles: [],
  towns: [],
  departments: [],
  ...extra,
});

export const campaignActors = {
  committee: actor('u-committee', '安委会', { roles: ['committee'] }),
  hq: actor('u-hq', '指挥部', { roles: ['hq'] }),
  /** The hazard's own unit. */
  unit: actor('u-unit', '水头某石材', { roles: ['unit'], unitId: UNIT_ID }),
  otherUnit: actor('u-unit-2', '另一单位', { roles: ['unit'], unitId: 'unit-0002' }),
  town: actor('u-town', '水头镇安办', { roles: ['town'], towns: ['水头镇'] }),
  otherTown: actor('u-town-2', '官桥镇安办', { roles: ['town'], towns: ['官桥镇'] }),
  department: actor('u-gxj', '工信局', { roles: ['department'], departments: ['工信局'] }),
  otherDepartment: actor('u-zjj', '住建局', { roles: ['department'], departments: ['住建局'] }),
  admin: actor('u-admin', '管理员', { roles: ['admin'] }),
  viewer: actor('u-viewer', '查看员', { roles: ['viewer'] }),
  scheduler: SCHEDULER_ACTOR,
} satisfies Record<string, Actor>;

export const generalStep = {
  found: { type: 'GeneralHazardFound', data: foundHazard },
  started: {
    type: 'GeneralRectificationStarted',
    data: { responsiblePerson: '林志强', measures: '更换配电箱并重新接地' },
  },
  reported: {
    type: 'GeneralRectificationReported',
    data: { summary: '已完成接地并检测合格', verificationDeadline: VERIFICATION_DEADLINE },
  },
  verified: { type: 'GeneralHazardVerified', data: { note: '现场复核合格，予以销号' } },
} satisfies Record<string, GeneralHazardEvent>;

export const escalation: HazardEscalation = {
  caseId: 'c-escalated',
  criterion: { standard: '工贸行业重大生产安全事故隐患判定标准', clause: '第四条' },
  noticeNumber: '南安安委督〔2026〕21号',
};

export const escalatedStep: GeneralHazardEvent = {
  type: 'GeneralHazardEscalated',
  data: escalation,
};

const ROAD: GeneralHazardEvent[] = Object.values(generalStep);

/** A canonical event path to each state. */
export const GENERAL_PATH_TO: Record<GeneralHazardState, GeneralHazardEvent[]> = {
  unfound: [],
  found: ROAD.slice(0, 1),
  rectifying: ROAD.slice(0, 2),
  rectificationReported: ROAD.slice(0, 3),
  closed: ROAD.slice(0, 4),
  escalated: [...ROAD.slice(0, 2), escalatedStep],
};
