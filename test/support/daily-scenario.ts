import { randomUUID } from 'node:crypto';
import type { UnitEvent, UnitProfile } from '@hazard/domain';
import { SCHEMA_VERSION } from '@hazard/domain';
import type { EventStore } from '@hazard/event-store';
import {
  caseStream,
  generalHazardStreamId,
  inspectionStreamId,
  unitStreamId,
} from '@hazard/commands';
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

/**
 * Three days of a small city, every figure of which daily-figures.int.spec.ts works out by
 * hand; each day appends its events and returns the last one's position.
 */
export const dailyScenario = (store: EventStore) => ({
  async day1(): Promise<bigint> {
    await registerUnit(store, 'U1', at(D1, '09:00'));
    await registerUnit(store, 'U2', at(D1, '09:00'));
    await registerUnit(store, 'U3', at(D1, '09:00'));
    // U1's self-inspection finds H1 (due D2 12:00) and H2 (due D2 18:00).
    await inspect(
      store,
      {
        id: 'I1',
        unit: hazardUnit('U1'),
        kind: 'self',
        findings: [
          { hazardId: 'H1', deadline: at(D2, '12:00') },
          { hazardId: 'H2', deadline: at(D2, '18:00') },
        ],
      },
      at(D1, '10:00'),
    );
    // U2 reports zero hazards (零隐患).
    await inspect(
      store,
      { id: 'I2', unit: hazardUnit('U2'), kind: 'self', findings: [] },
      at(D1, '11:00'),
    );
    // The town's supervisory visit to U3 finds H3, due the same evening.
    await inspect(
      store,
      {
        id: 'I3',
        unit: hazardUnit('U3'),
        kind: 'supervisory',
        findings: [{ hazardId: 'H3', deadline: at(D1, '20:00') }],
      },
      at(D1, '14:00'),
    );
    return hazardStep(store, 'H1', started, at(D1, '15:00'));
  },
  async day2(): Promise<bigint> {
    await registerUnit(store, 'U4', at(D2, '09:00'));
    // U2 moves to 应急管理局: grouped there from D2 on, under 住建局 on D1.
    await record(
      store,
      unitStreamId('U2'),
      {
        type: 'UnitAmended',
        data: {
          changes: { industryAuthority: '应急管理局' },
          supervision: { level: 'town', by: '水头镇' },
        },
      },
      at(D2, '09:30'),
    );
    // H3's deadline (D1 20:00, passed) is extended to D6: on D1 it was due, on D2 it is not.
    await hazardStep(
      store,
      'H3',
      {
        type: 'GeneralDeadlineExtended',
        data: { deadline: at('2026-12-06', '18:00'), reason: '设备到货' },
      },
      at(D2, '09:00'),
    );
    await hazardStep(store, 'H1', reported(at(D2, '23:00')), at(D2, '10:00'));
    await hazardStep(store, 'H1', verified, at(D2, '11:00'));
    await inspect(
      store,
      { id: 'I4', unit: hazardUnit('U3'), kind: 'self', findings: [] },
      at(D2, '10:30'),
    );
    await hazardStep(
      store,
      'H2',
      {
        type: 'GeneralDeadlineExtended',
        data: { deadline: at('2026-12-08', '18:00'), reason: '停产' },
      },
      at(D2, '11:00'),
    );
    // M1, listed directly, its plan's deadline D2 20:00.
    await listMajorCase(store, 'M1', '官桥镇', '应急管理局', at(D2, '20:00'), at(D2, '12:00'));
    await hazardStep(store, 'H3', started, at(D2, '15:00'));
    await hazardStep(store, 'H3', reported(at(D2, '23:00')), at(D2, '15:30'));
    return hazardStep(store, 'H3', verified, at(D2, '16:00'));
  },
  async day3(): Promise<bigint> {
    await record(
      store,
      'spot_check_draw-' + D3,
      {
        type: 'SpotChecksDrawn',
        data: {
          day: D3,
          seed: D3,
          size: 1,
          repeatIntervalDays: 30,
          candidates: [{ unitId: 'U2', weight: 13.2 }],
          drawn: [
            {
              spotCheckId: `${D3}/1`,
              unitId: 'U2',
              name: '二号商店',
              town: '水头镇',
              industryAuthority: '应急管理局',
              weight: 13.2,
            },
          ],
        },
      },
      at(D3, '08:00'),
    );
    // The field team visits U2 (latest self-inspection: zero) and finds H4.
    await inspect(
      store,
      {
        id: 'I5',
        unit: hazardUnit('U2', { industryAuthority: '应急管理局' }),
        kind: 'fieldGuidance',
        spotCheckId: `${D3}/1`,
        findings: [{ hazardId: 'H4', deadline: at('2026-12-09', '18:00') }],
      },
      at(D3, '10:00'),
    );
    // H2 is judged major: case M2, its plan's deadline D3 12:00, closed at 14:00.
    await hazardStep(store, 'H2', started, at(D3, '10:30'));
    await hazardStep(
      store,
      'H2',
      {
        type: 'GeneralHazardEscalated',
        data: { caseId: 'M2', criterion: { standard: 'GB', clause: '1' }, noticeNumber: 'M2' },
      },
      at(D3, '11:00'),
    );
    await listMajorCase(store, 'M2', '水头镇', '工信局', at(D3, '12:00'), at(D3, '11:10'), {
      generalHazardId: 'H2',
      unitId: 'U1',
    });
    await caseStep(
      store,
      'M2',
      { type: 'ControlsConfirmed', data: { note: '已设警戒' } },
      at(D3, '12:30'),
    );
    await caseStep(
      store,
      'M2',
      {
        type: 'RectificationReported',
        data: { summary: '已整改', acceptanceDeadline: at('2026-12-12', '18:00') },
      },
      at(D3, '13:00'),
    );
    await caseStep(
      store,
      'M2',
      { type: 'CaseClosed', data: { note: '验收合格' } },
      at(D3, '14:00'),
    );
    return record(
      store,
      unitStreamId('U3'),
      { type: 'UnitClosed', data: { reason: '停业' } },
      at(D3, '16:00'),
    );
  },
});
