import type { HazardEvent } from '@hazard/workflows';
import type { NewEvent } from '@hazard/event-store';
import { deterministicUuid } from '@hazard/commands';
import { SCHEMA_VERSION } from '@hazard/domain';
import type { EventMetadata } from '@hazard/domain';
import { PATH_TO, plan } from '../support/case-fixtures';

const EXTENDED = '2027-02-28T18:00:00+08:00';
const rectification = (deadline: string) => ({ kind: 'rectification', deadline }) as const;

/**
 * The life of a long-running case, 50 events that the machine all accepts: planned and
 * approved, reminded, extended once, missed anyway and escalated, with weekly progress
 * notes, until the fix is reported.
 */
function lifeOfACase(): HazardEvent[] {
  const planned = PATH_TO.planApproved;
  const eventful: HazardEvent[] = [
    { type: 'ControlsConfirmed', data: { note: '警戒区已设置，停止使用开裂厂房' } },
    { type: 'ReminderSent', data: { ...rectification(plan.deadline), daysBefore: 7 } },
    {
      type: 'ExtensionRequested',
      data: { ...rectification(EXTENDED), reason: '加固材料到货延迟' },
    },
    { type: 'ExtensionApproved', data: rectification(EXTENDED) },
    { type: 'ReminderSent', data: { ...rectification(EXTENDED), daysBefore: 7 } },
    { type: 'ReminderSent', data: { ...rectification(EXTENDED), daysBefore: 1 } },
    { type: 'DeadlineMissed', data: rectification(EXTENDED) },
    { type: 'EscalationRaised', data: { ...rectification(EXTENDED), level: 'urgingLetter' } },
    { type: 'EscalationRaised', data: { ...rectification(EXTENDED), level: 'publicNotice' } },
  ];
  const reported: HazardEvent = {
    type: 'RectificationReported',
    data: { summary: '承重墙已加固，经检测合格', acceptanceDeadline: '2027-03-20T08:00:00+08:00' },
  };
  const notes = 50 - planned.length - eventful.length - 1;
  const progress = Array.from({ length: notes }, (_, week): HazardEvent => ({
    type: 'ProgressRecorded',
    data: { note: `第${week + 1}周：加固施工按计划推进，已完成${week * 3}%` },
  }));
  return [...planned, ...eventful.slice(0, 1), ...progress, ...eventful.slice(1), reported];
}

export const REALISTIC_CASE: readonly HazardEvent[] = lifeOfACase();

/** The case as it would be stored: a fresh case id, ids and metadata as the handler writes. */
export function realisticCaseEvents(caseId: string): NewEvent[] {
  return REALISTIC_CASE.map((event, i) => {
    const commandId = `${caseId}-cmd-${i}`;
    const metadata: EventMetadata = {
      actor: { userId: 'u-committee', name: '安委会', role: 'committee' },
      commandId,
      correlationId: commandId,
      causationId: commandId,
      occurredAt: '2026-11-30T08:00:00+08:00',
      schemaVersion: SCHEMA_VERSION,
    };
    const data = event.type === 'HazardListed' ? { ...event.data, caseId } : event.data;
    return {
      id: deterministicUuid(`${caseId}/${i}`),
      type: event.type,
      data,
      metadata,
    };
  });
}
