import {
  deterministicUuid,
  GENERAL_HAZARD_STREAMS,
  INSPECTION_STREAMS,
  UNIT_STREAMS,
} from '@hazard/commands';
import {
  creditCodeCheckCharacter,
  DAY_MS,
  hazardsFound,
  hazardUnitOf,
  SCHEDULER_ACTOR,
} from '@hazard/domain';
import type {
  Actor,
  GeneralHazardCommand,
  GeneralHazardPolicy,
  InspectionKind,
  RecordedInspection,
  Registries,
  UnitFacts,
  UnitProfile,
} from '@hazard/domain';
import type { FoundHazard, GeneralHazardSnapshot, Priority } from '@hazard/workflows';
import { initialGeneralHazardSnapshot } from '@hazard/domain';
import type { DemoTimeline } from './demo-timeline';

/** The seed's campaign: units, their inspections and the hazards found, over this many days. */
export const CAMPAIGN_DAYS = 110;

export interface StoryActors {
  /** The town office of each town, by town name. */
  towns: Map<string, Actor>;
  /** Each industry department, by name. */
  departments: Map<string, Actor>;
  /** The headquarters' field-guidance team (现场指导工作组). */
  hq: Actor;
}

export interface StoryOptions {
  units: number;
  now: number;
  registries: Registries;
  policy: GeneralHazardPolicy;
  actors: StoryActors;
  /** The random draw's seed: the same seed tells the same story. */
  seed: number;
}

export interface StoryCounts {
  units: number;
  inspections: number;
  zeroHazardReports: number;
  hazards: number;
}

/** A small, fast, seeded generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const TOWN_WEIGHTS: Record<string, number> = {
  水头镇: 3,
  官桥镇: 2.5,
  石井镇: 2,
  溪美街道: 2,
  柳城街道: 1.5,
  美林街道: 1.5,
  霞美镇: 1.5,
  洪濑镇: 1.5,
  省新镇: 1.2,
  康美镇: 1.2,
  丰州镇: 1.2,
  向阳乡: 0.4,
  眉山乡: 0.4,
};
/** Category → its industry departments, and how common such units are. */
const CATEGORY_MIX: Array<[string, number, string[]]> = [
  ['危险化学品', 0.01, ['应急管理局']],
  ['规模以上工业企业', 0.12, ['工信局', '工信局', '住建局', '应急管理局']],
  ['规模以下工业企业', 0.38, ['工信局', '工信局', '住建局', '自然资源局']],
  ['个体工商户', 0.33, ['市场监管局']],
  ['人员密集场所', 0.12, ['文体旅游局', '商务局', '教育局', '卫健局', '消防救援大队']],
  ['其他生产经营单位', 0.04, ['交通运输局', '农业农村局', '城管局']],
];
const TRADES = ['石材', '陶瓷', '五金', '水暖', '服装', '食品', '塑料', '建材', '茶叶', '机械'];
const FINDINGS = [
  '配电箱未接地，线路私拉乱接',
  '消防通道被货物堵塞',
  '灭火器过期未检',
  '安全出口指示灯损坏',
  '有限空间作业未执行审批',
  '粉尘未及时清扫，除尘设施故障',
  '特种设备未按期检验',
  '员工未经安全培训上岗',
  '危险化学品储存不规范',
  '厂房屋面彩钢板锈蚀渗漏',
];
const GRADINGS: Array<[Priority, number]> = [
  ['urgent', 0.1],
  ['serious', 0.3],
  ['minor', 0.45],
  ['deferrable', 0.15],
];

/**
 * The seed's campaign at any scale (the default: 11,562 units in Nan'an's 28 towns and
 * about 80,000 hazards): units registered in the first weeks; each inspects itself about
 * weekly (half the reports find nothing: 零隐患), most are visited once by their town or
 * department; 99.8% of the hazards are fixed, reported and verified within their deadline
 * (or a little late), the rest still open in every state, some overdue.
 */
export function tellCampaignStory(timeline: DemoTimeline, options: StoryOptions): StoryCounts {
  const rng = random(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)];
  const weighted = <T>(items: ReadonlyArray<[T, number]>): T => {
    let x = rng() * items.reduce((sum, [, w]) => sum + w, 0);
    for (const [item, w] of items) if ((x -= w) < 0) return item;
    return items[items.length - 1][0];
  };
  const { registries, policy, actors, now } = options;
  const start = now - CAMPAIGN_DAYS * DAY_MS;
  const towns = registries.towns.map(
    (t) => [t.name, TOWN_WEIGHTS[t.name] ?? 1] as [string, number],
  );
  const categories = CATEGORY_MIX.filter(([name]) =>
    registries.unitCategories.some((c) => c.name === name),
  ).map(([name, w, departments]) => [[name, departments], w] as [[string, string[]], number]);
  const counts: StoryCounts = { units: 0, inspections: 0, zeroHazardReports: 0, hazards: 0 };
  const hazards = new Map<string, GeneralHazardSnapshot>();

  for (let n = 0; n < options.units; n += 1) {
    const town = weighted(towns);
    const [category, departments] = weighted(categories);
    const individual = category === '个体工商户';
    const first17 = `9135058${String(n).padStart(3, '0').slice(-3)}${Array.from({ length: 7 }, () => pick([...CODE_CHARS])).join('')}`;
    const profile: UnitProfile = {
      name: `南安市${town.replace(/(镇|乡|街道|经济开发区|华侨经济开发区)$/, '')}${pick(TRADES)}${individual ? '店' : '有限公司'}${n + 1}`,
      creditCode: individual ? null : `${first17}${creditCodeCheckCharacter(first17)}`,
      otherIdentifier: individual ? `个体-${town}-${n + 1}` : null,
      address: `南安市${town}${1 + Math.floor(rng() * 200)}号`,
      town,
      industryAuthority: pick(departments),
      professionalDomains: [pick(['用电安全', '消防安全', '房屋安全', '特种设备'])],
      category,
      riskFlags:
        rng() < 0.08 ? [pick(['confinedSpace', 'dustExplosion', 'fireSafetyKey'] as const)] : [],
    };
    const unitId = deterministicUuid(`demo-seed/unit/${n}`);
    const registeredAt = start + rng() * 20 * DAY_MS;
    const townActor = actors.towns.get(town)!;
    timeline.at(registeredAt, () => {
      const unit = timeline.decide(UNIT_STREAMS, null, {
        id: unitId,
        command: { type: 'RegisterUnit', data: { unitId, profile } },
        actor: townActor,
        commandId: `demo-seed/register/${n}`,
        policy: registries,
        at: registeredAt,
      }) as UnitFacts;
      counts.units += 1;
      planInspections(unit, registeredAt);
    });
  }

  function planInspections(unit: UnitFacts, from: number): void {
    const supervisor =
      unit.supervision.level === 'city'
        ? actors.departments.get(unit.profile.industryAuthority)!
        : actors.towns.get(unit.profile.town)!;
    const selves = 4 + Math.floor(rng() * 5);
    for (let i = 0; i < selves; i += 1) {
      inspect(
        unit,
        'self',
        actors.towns.get(unit.profile.town)!,
        from + (i + rng()) * 12 * DAY_MS,
        rng() < 0.5 ? 0 : 1 + Math.floor(rng() * 2.4),
      );
    }
    if (rng() < 0.9)
      inspect(
        unit,
        'supervisory',
        supervisor,
        from + (10 + rng() * 70) * DAY_MS,
        1 + Math.floor(rng() * 3),
      );
  }

  function inspect(
    unit: UnitFacts,
    kind: InspectionKind,
    actor: Actor,
    at: number,
    found: number,
  ): void {
    timeline.at(at, () => {
      const inspectionId = deterministicUuid(`demo-seed/inspection/${unit.unitId}/${at}`);
      const day = new Date(at + 8 * 3_600_000).toISOString().slice(0, 10);
      const recorded = timeline.decide(INSPECTION_STREAMS, null, {
        id: inspectionId,
        command: {
          type: 'RecordInspection',
          data: {
            inspectionId,
            unit: { ...hazardUnitOf(unit), active: true },
            kind,
            inspectedOn: day,
            inspectors: [kind === 'self' ? '安全员' : '检查组'],
            scope: '生产经营场所',
            findings: Array.from({ length: found }, (_, i) => ({
              hazardId: deterministicUuid(`finding/${inspectionId}/${i}`),
              description: pick(FINDINGS),
              grading: weighted(GRADINGS),
            })),
          },
        },
        actor,
        commandId: inspectionId,
        policy,
        at,
      }) as RecordedInspection;
      counts.inspections += 1;
      if (recorded.zeroHazard) counts.zeroHazardReports += 1;
      hazardsFound(recorded).forEach((hazard, i) => open(hazard, inspectionId, i, at, actor));
    });
  }

  function open(
    hazard: FoundHazard,
    inspectionId: string,
    i: number,
    at: number,
    supervisor: Actor,
  ): void {
    const opened = timeline.decide(GENERAL_HAZARD_STREAMS, initialGeneralHazardSnapshot(), {
      id: hazard.hazardId,
      command: { type: 'OpenFinding', data: { hazard } },
      actor: SCHEDULER_ACTOR,
      commandId: `open-finding/${inspectionId}/${i}`,
      policy,
      at,
    });
    counts.hazards += 1;
    hazards.set(hazard.hazardId, opened);
    const deadline = Date.parse(hazard.rectificationDeadline);
    const span = deadline - at;
    const late = rng() < 0.03;
    const reportedAt = at + span * (late ? 1.1 + rng() * 0.5 : 0.2 + rng() * 0.7);
    const verifier =
      hazard.unit.supervision.level === 'city'
        ? (actors.departments.get(hazard.unit.industryAuthority) ?? supervisor)
        : (actors.towns.get(hazard.unit.town) ?? supervisor);
    const step = (when: number, command: GeneralHazardCommand, key: string, actor: Actor) =>
      timeline.at(when, () => {
        const state = hazards.get(hazard.hazardId)!;
        const next = timeline.decide(GENERAL_HAZARD_STREAMS, state, {
          id: hazard.hazardId,
          command,
          actor,
          commandId: `demo-seed/${key}/${hazard.hazardId}`,
          policy,
          at: when,
        });
        hazards.set(hazard.hazardId, next);
      });
    if (rng() < 0.7) {
      step(
        at + span * 0.05,
        {
          type: 'StartRectification',
          data: { responsiblePerson: '安全负责人', measures: '按要求落实整改' },
        },
        'start',
        verifier,
      );
    }
    if (late) {
      step(
        deadline,
        {
          type: 'RecordDeadlineMissed',
          data: { kind: 'rectification', deadline: hazard.rectificationDeadline },
        },
        'missed',
        SCHEDULER_ACTOR,
      );
    }
    // Two in a thousand are left where they stand: the campaign's few still open.
    if (rng() < 0.002) return;
    step(
      reportedAt,
      { type: 'ReportRectified', data: { summary: '已按要求完成整改' } },
      'report',
      verifier,
    );
    step(
      reportedAt + (0.3 + rng() * 4) * DAY_MS,
      { type: 'VerifyRectification', data: { note: '复核合格，予以销号' } },
      'verify',
      verifier,
    );
  }

  return counts;
}
