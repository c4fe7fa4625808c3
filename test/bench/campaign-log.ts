import type { HazardEvent, Listing, Priority } from '@hazard/workflows';
import { PRIORITIES } from '@hazard/workflows';
import type { BulkEvent } from './bulk-events';

export const EVENTS_PER_CASE = 10;
/** Monday of 2026-W46; all events fall in W46–W47, so the W47 digest reads the whole log. */
const BASE = Date.parse('2026-11-09T08:00:00+08:00');
const DAY = 86_400_000;
/** Case i's step j happens at BASE + j days + i × 0.8 s: global order is time order. */
const SPACING_MS = 800;
const OFFSET_MS = 8 * 3_600_000;
/** Shanghai has no daylight saving: a fixed +08:00 keeps the setup free of Intl calls. */
const shanghaiIso = (ms: number): string =>
  `${new Date(ms + OFFSET_MS).toISOString().slice(0, 19)}+08:00`;

const TOWNS = ['水头镇', '官桥镇', '洪濑镇', '石井镇', '英都镇', '溪美街道', '柳城街道', '省新镇'];
const AUTHORITIES = ['住建局', '应急管理局', '市场监管局', '消防救援大队', '自然资源局'];

const listingOf = (i: number): Listing => ({
  title: `隐患${i}：厂房承重墙开裂`,
  description: '承重墙出现贯穿裂缝，存在坍塌风险',
  unitName: `南安市第${i}石材厂`,
  town: TOWNS[i % TOWNS.length],
  industryAuthority: AUTHORITIES[i % AUTHORITIES.length],
  professionalDomain: '房屋安全',
  priority: PRIORITIES[i % PRIORITIES.length] as Priority,
  criterion: { standard: 'GB 50292', clause: '7.1' },
  listingLevel: '市级',
  noticeNumber: `南安委督〔2026〕${i}号`,
});

/** Ten events per case, all accepted by the machine, ending closed, rectified, rectifying or overdue. */
function caseEvents(i: number): HazardEvent[] {
  const at = (day: number) => shanghaiIso(BASE + day * DAY + i * SPACING_MS);
  const planDeadline = at(3);
  const plan = {
    responsibleDepartment: AUTHORITIES[i % AUTHORITIES.length],
    responsiblePerson: `责任人${i}`,
    deadline: '2027-01-31T18:00:00+08:00',
    controlMeasures: ['设置警戒区', '停止使用开裂厂房'],
  };
  const progress = (n: number): HazardEvent[] =>
    Array.from({ length: n }, (_, k) => ({
      type: 'ProgressRecorded',
      data: { note: `第${k + 1}次进展：加固施工按计划推进` },
    }));
  const head: HazardEvent[] = [
    { type: 'HazardListed', data: { caseId: `case-${i}`, listing: listingOf(i) } },
    {
      type: 'LeaderAssigned',
      data: { leader: { id: `u-${i % 500}`, name: `领导${i % 500}` }, planDeadline },
    },
  ];
  const planned: HazardEvent[] = [
    ...head,
    { type: 'PlanSubmitted', data: { plan } },
    { type: 'PlanApproved', data: { rectificationDeadline: plan.deadline } },
    { type: 'ControlsConfirmed', data: { note: '警戒区已设置' } },
  ];
  const reported: HazardEvent = {
    type: 'RectificationReported',
    data: { summary: '已加固，经检测合格', acceptanceDeadline: at(19) },
  };
  switch (i % 10) {
    case 0:
    case 1:
    case 2:
      return [
        ...planned,
        ...progress(3),
        reported,
        { type: 'CaseClosed', data: { note: '验收合格' } },
      ];
    case 3:
    case 4:
      return [...planned, ...progress(4), reported];
    case 5:
    case 6:
    case 7:
      return [...planned, ...progress(5)];
    default:
      return [
        ...head,
        {
          type: 'ReminderSent',
          data: { kind: 'planSubmission', deadline: planDeadline, daysBefore: 2 },
        },
        {
          type: 'ReminderSent',
          data: { kind: 'planSubmission', deadline: planDeadline, daysBefore: 1 },
        },
        { type: 'DeadlineMissed', data: { kind: 'planSubmission', deadline: planDeadline } },
        {
          type: 'EscalationRaised',
          data: { kind: 'planSubmission', deadline: planDeadline, level: 'urgingLetter' },
        },
        ...progress(4),
      ];
  }
}

/**
 * A campaign's log: `cases` cases of ten events each. In `time` order (the digest's) every case
 * moves at once, step by step, case after case, so consecutive events of one case lie `cases`
 * apart: the hardest order for anything that batches by case. In `case` order each case's
 * whole life comes at once (an import, or a log of short-lived cases): the easiest.
 */
export function* campaignLog(cases: number, order: 'time' | 'case' = 'time'): Generator<BulkEvent> {
  const lives = Array.from({ length: cases }, (_, i) => caseEvents(i));
  const event = (i: number, step: number): BulkEvent => ({
    caseId: `case-${i}`,
    revision: step,
    event: lives[i][step],
    occurredAt: shanghaiIso(BASE + step * DAY + i * SPACING_MS),
  });
  if (order === 'case') {
    for (let i = 0; i < cases; i += 1) {
      for (let step = 0; step < EVENTS_PER_CASE; step += 1) yield event(i, step);
    }
    return;
  }
  for (let step = 0; step < EVENTS_PER_CASE; step += 1) {
    for (let i = 0; i < cases; i += 1) yield event(i, step);
  }
}
