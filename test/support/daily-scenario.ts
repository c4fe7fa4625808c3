import { randomUUID } from 'node:crypto';
import type { UnitEvent, UnitProfile } from '@hazard/domain';
import { SCHEMA_VERSION } from '@hazard/domain';
import type { EventStore } from '@hazard/event-store';
import { generalHazardStreamId, inspectionStreamId, unitStreamId } from '@hazard/cases';
import { caseStream } from '@hazard/cases';
import type { GeneralHazardEvent, HazardEvent, HazardUnit } from '@hazard/workflows';
import type { InspectionEvent, RecordedInspection } from '@hazard/domain';
import { spotCheckDrawStream } from '../../libs/campaign/src/daily/spot-checks/spot-check.stream';
import type { SpotChecksDrawn } from '../../libs/campaign/src/daily/spot-checks/spot-check.stream';
import { listing, plan } from './case-fixtures';

export const DAILY_TZ = 'Asia/Shanghai';
export const D1 = '2026-11-30';
export const D2 = '2026-12-01';
export const D3 = '2026-12-02';

/** A local time on a day of the scenario, `+08:00`. */
export const at = (day: string, time: string): string => `${day}T${time}:00+08:00`;

type AnyEvent = UnitEvent | InspectionEvent | GeneralHazardEvent | HazardEvent | SpotChecksDrawn;

/** Appends one event, stamped `occurredAt`, as its writer would; returns its position. */
export async function record(
  store: EventStore,
  streamId: string,
  event: AnyEvent,
  occurredAt: string,
): Promise<bigint> {
  const commandId = randomUUID();
  const { position } = await store.append(
    streamId,
    [
      {
        id: randomUUID(),
        type: event.type,
        data: event.data as never,
        metadata: {
          actor: { userId: 'u-scenario', name: '场景', role: 'admin' },
          commandId,
          correlationId: commandId,
          causationId: commandId,
          occurredAt,
          schemaVersion: SCHEMA_VERSION,
        },
      },
    ],
    'any',
  );
  return position;
}

const profile = (
  name: string,
  town: string,
  industryAuthority: string,
  category: string,
  riskFlags: UnitProfile['riskFlags'],
): UnitProfile => ({
  name,
  creditCode: null,
  otherIdentifier: name,
  address: town,
  town,
  industryAuthority,
  professionalDomains: [],
  category,
  riskFlags,
});

export const UNITS = {
  U1: profile('一号石材厂', '水头镇', '工信局', '规模以下工业企业', ['confinedSpace']),
  U2: profile('二号商店', '水头镇', '住建局', '个体工商户', []),
  U3: profile('三号机械厂', '官桥镇', '工信局', '规模以上工业企业', [
    'majorHazardSource',
    'dustExplosion',
  ]),
  U4: profile('四号化工', '官桥镇', '应急管理局', '危险化学品', []),
};
export type ScenarioUnit = keyof typeof UNITS;

export const hazardUnit = (id: ScenarioUnit, changes: Partial<UnitProfile> = {}): HazardUnit => {
  const p = { ...UNITS[id], ...changes };
  return {
    unitId: id,
    name: p.name,
    town: p.town,
    industryAuthority: p.industryAuthority,
    category: p.category,
    supervision: { level: 'town', by: p.town },
  };
};

export const registerUnit = (store: EventStore, id: ScenarioUnit, when: string) =>
  record(
    store,
    unitStreamId(id),
    {
      type: 'UnitRegistered',
      data: { unitId: id, profile: UNITS[id], supervision: { level: 'town', by: UNITS[id].town } },
    },
    when,
  );

export interface ScenarioFinding {
  hazardId: string;
  deadline: string;
}

/** An inspection and the general hazards its findings become, all at `when`. */
export async function inspect(
  store: EventStore,
  inspection: {
    id: string;
    unit: HazardUnit;
    kind: RecordedInspection['kind'];
    findings: ScenarioFinding[];
    spotCheckId?: string;
  },
  when: string,
): Promise<bigint> {
  const source = {
    self: 'selfInspection',
    supervisory: 'town',
    fieldGuidance: 'spotCheck',
  } as const;
  const recorded: RecordedInspection = {
    inspectionId: inspection.id,
    unit: inspection.unit,
    kind: inspection.kind,
    source: source[inspection.kind],
    inspectedBy: inspection.unit.name,
    inspectedOn: when.slice(0, 10),
    inspectors: ['林志强'],
    scope: '全厂',
    zeroHazard: inspection.findings.length === 0,
    findings: inspection.findings.map((f) => ({
      hazardId: f.hazardId,
      description: '配电箱未接地',
      grading: 'serious',
      rectificationDeadline: f.deadline,
    })),
    ...(inspection.spotCheckId ? { spotCheckId: inspection.spotCheckId } : {}),
  };
  let position = await record(
    store,
    inspectionStreamId(inspection.id),
    { type: 'InspectionRecorded', data: recorded },
    when,
  );
  for (const f of recorded.findings) {
    position = await record(
      store,
      generalHazardStreamId(f.hazardId),
      {
        type: 'GeneralHazardFound',
        data: {
          hazardId: f.hazardId,
          unit: inspection.unit,
          inspectionId: inspection.id,
          source: recorded.source,
          description: f.description,
          grading: f.grading,
          foundOn: recorded.inspectedOn,
          rectificationDeadline: f.rectificationDeadline,
        },
      },
      when,
    );
  }
  return position;
}

export const hazardStep = (
  store: EventStore,
  hazardId: string,
  event: GeneralHazardEvent,
  when: string,
) => record(store, generalHazardStreamId(hazardId), event, when);

export const started: GeneralHazardEvent = {
  type: 'GeneralRectificationStarted',
  data: { responsiblePerson: '林志强', measures: '重新接地' },
};
export const reported = (verificationDeadline: string): GeneralHazardEvent => ({
  type: 'GeneralRectificationReported',
  data: { summary: '已整改', verificationDeadline },
});
export const verified: GeneralHazardEvent = {
  type: 'GeneralHazardVerified',
  data: { note: '复核合格' },
};

/**
 * A major case through listing, leader and an approved plan whose rectification deadline is
 * `deadline`, each step a minute apart from `when`.
 */
export async function listMajorCase(
  store: EventStore,
  caseId: string,
  town: string,
  industryAuthority: string,
  deadline: string,
  when: string,
  origin?: { generalHazardId: string; unitId: string },
): Promise<bigint> {
  const minute = (n: number) => new Date(Date.parse(when) + n * 60_000).toISOString();
  const steps: HazardEvent[] = [
    {
      type: 'HazardListed',
      data: {
        caseId,
        listing: {
          ...listing,
          town,
          industryAuthority,
          noticeNumber: `南安委督〔2026〕${caseId}号`,
        },
        ...(origin ? { origin } : {}),
      },
    },
    {
      type: 'LeaderAssigned',
      data: { leader: { id: 'u-leader', name: '张三' }, planDeadline: at(D3, '23:00') },
    },
    { type: 'PlanSubmitted', data: { plan: { ...plan, deadline } } },
    { type: 'PlanApproved', data: { rectificationDeadline: deadline } },
  ];
  let position = 0n;
  for (const [i, step] of steps.entries()) {
    position = await record(store, caseStream.streamId(caseId), step, minute(i));
  }
  return position;
}

export const caseStep = (store: EventStore, caseId: string, event: HazardEvent, when: string) =>
  record(store, caseStream.streamId(caseId), event, when);

export const drawStream = spotCheckDrawStream.streamId;
