import type { INestApplicationContext } from '@nestjs/common';
import { InspectionCommands, UnitCommands } from '@hazard/campaign';
import { GeneralHazardCommandService } from '@hazard/commands';
import type { Actor, UnitProfile } from '@hazard/domain';

/** A few units of the demo's towns, as their town offices register them. */
const DEMO_UNITS: UnitProfile[] = [
  {
    name: '南安市水头某石材有限公司',
    creditCode: '91350583MA31A0K214',
    otherIdentifier: null,
    address: '南安市水头镇五里桥工业区',
    town: '水头镇',
    industryAuthority: '工信局',
    professionalDomains: ['用电安全', '房屋安全'],
    category: '规模以下工业企业',
    riskFlags: ['dustExplosion'],
  },
  {
    name: '水头镇某五金店',
    creditCode: null,
    otherIdentifier: '个体-水头镇-0231',
    address: '南安市水头镇滨江路 88 号',
    town: '水头镇',
    industryAuthority: '市场监管局',
    professionalDomains: ['消防安全'],
    category: '个体工商户',
    riskFlags: [],
  },
  {
    name: '南安市官桥某陶瓷有限公司',
    creditCode: '91350583MA2Y7QH553',
    otherIdentifier: null,
    address: '南安市官桥镇工业园',
    town: '官桥镇',
    industryAuthority: '工信局',
    professionalDomains: ['特种设备'],
    category: '规模以上工业企业',
    riskFlags: ['confinedSpace'],
  },
  {
    name: '溪美街道某大型商场',
    creditCode: '91350583MA34C2LL0Y',
    otherIdentifier: null,
    address: '南安市溪美街道成功街 1 号',
    town: '溪美街道',
    industryAuthority: '商务局',
    professionalDomains: ['消防安全'],
    category: '人员密集场所',
    riskFlags: ['fireSafetyKey'],
  },
];

export interface CampaignDemo {
  /** The unit the demo's unit account acts for. */
  unitId: string;
  units: number;
  inspections: number;
  hazards: number;
}

/**
 * The campaign side of the small demo, through the same services as the API: four units,
 * their self-inspections (one a zero-hazard report) and a supervisory visit, and general
 * hazards found, being fixed, reported and verified.
 */
export async function loadCampaignDemo(
  app: INestApplicationContext,
  registrar: Actor,
  town: Actor,
  today: string,
): Promise<CampaignDemo> {
  const units = app.get(UnitCommands);
  const inspections = app.get(InspectionCommands);
  const hazards = app.get(GeneralHazardCommandService);
  const ids: string[] = [];
  for (const [i, profile] of DEMO_UNITS.entries()) {
    ids.push((await units.register(profile, registrar, { commandId: `demo-unit-${i}` })).id);
  }
  const record = (unitId: string, kind: 'self' | 'supervisory', findings: string[], key: string) =>
    inspections.record(
      {
        unitId,
        kind,
        inspectedOn: today,
        inspectors: ['林志强'],
        scope: '生产车间、仓库、配电房、消防通道',
        findings: findings.map((description, i) => ({
          description,
          grading: i === 0 ? 'serious' : 'minor',
        })),
      },
      kind === 'self' ? registrar : town,
      { inspectionId: undefined, commandId: `demo-inspection-${key}` },
    );
  const stone = await record(ids[0], 'self', ['切割车间配电箱未接地', '粉尘未及时清扫'], 'stone');
  await record(ids[1], 'self', [], 'hardware');
  const visit = await record(ids[0], 'supervisory', ['消防通道被石材堆放堵塞'], 'visit');
  await record(ids[2], 'self', ['压力容器未按期检验'], 'ceramics');
  await record(ids[3], 'self', [], 'mall');
  const step = (
    hazardId: string,
    n: number,
    command: Parameters<typeof hazards.execute>[0]['command'],
    actor: Actor,
  ) => hazards.execute({ id: hazardId, command, actor, commandId: `demo-hazard-${hazardId}-${n}` });
  const [wiring, dust] = stone.hazardIds;
  await step(
    wiring,
    1,
    {
      type: 'StartRectification',
      data: { responsiblePerson: '林志强', measures: '更换配电箱并重新接地' },
    },
    registrar,
  );
  await step(
    wiring,
    2,
    { type: 'ReportRectified', data: { summary: '已完成接地并检测合格' } },
    registrar,
  );
  await step(
    wiring,
    3,
    { type: 'VerifyRectification', data: { note: '现场复核合格，予以销号' } },
    town,
  );
  await step(
    dust,
    1,
    { type: 'ReportRectified', data: { summary: '已清扫并修复除尘设施' } },
    registrar,
  );
  await step(
    visit.hazardIds[0],
    1,
    {
      type: 'StartRectification',
      data: { responsiblePerson: '王海', measures: '清理通道，划线禁止堆放' },
    },
    town,
  );
  return { unitId: ids[0], units: ids.length, inspections: 5, hazards: 4 };
}
