import type { Criterion, Priority } from '../major-hazard/major-hazard.events';

/**
 * The vocabulary of a general hazard (一般隐患): a finding of an inspection, or a report from
 * the public, fixed by the unit under the town or the industry department. As for major cases,
 * these events are what the machine consumes and what the event store keeps.
 */

/** Where a hazard came from: the seed's 企业自查, 部门检查, 属地检查, 现场指导抽查, 群众举报. */
export const HAZARD_SOURCES = [
  'selfInspection',
  'department',
  'town',
  'spotCheck',
  'publicReport',
] as const;
export type HazardSource = (typeof HAZARD_SOURCES)[number];

/** The seed's grading: hazardous chemicals and industry above designated size by the city. */
export const SUPERVISION_LEVELS = ['city', 'town'] as const;
export type SupervisionLevel = (typeof SUPERVISION_LEVELS)[number];

/** Who supervises a unit: a city industry department or a town, by name. */
export interface Supervision {
  level: SupervisionLevel;
  by: string;
}

/** The unit as it stood when the hazard was found: lists and figures group by these. */
export interface HazardUnit {
  unitId: string;
  name: string;
  town: string;
  industryAuthority: string;
  category: string;
  supervision: Supervision;
}

export interface FoundHazard {
  hazardId: string;
  unit: HazardUnit;
  /** The inspection the hazard is a finding of; null for a report from the public. */
  inspectionId: string | null;
  source: HazardSource;
  description: string;
  /** 急重轻缓. */
  grading: Priority;
  /** The local calendar date of the inspection or report, `YYYY-MM-DD`. */
  foundOn: string;
  /** ISO-8601 with offset. */
  rectificationDeadline: string;
}

export const GENERAL_DEADLINE_KINDS = ['rectification', 'verification'] as const;
export type GeneralDeadlineKind = (typeof GENERAL_DEADLINE_KINDS)[number];

interface GeneralDeadlineRef {
  kind: GeneralDeadlineKind;
  deadline: string;
}

export interface HazardEscalation {
  /** The major-hazard case it was listed as (判定为重大隐患). */
  caseId: string;
  criterion: Criterion;
  noticeNumber: string;
}

export type GeneralHazardEvent =
  | { type: 'GeneralHazardFound'; data: FoundHazard }
  | { type: 'GeneralRectificationStarted'; data: { responsiblePerson: string; measures: string } }
  | {
      type: 'GeneralRectificationReported';
      data: { summary: string; verificationDeadline: string };
    }
  | { type: 'GeneralRectificationRejected'; data: { reason: string } }
  | { type: 'GeneralHazardVerified'; data: { note: string } }
  | { type: 'GeneralHazardEscalated'; data: HazardEscalation }
  | { type: 'GeneralDeadlineExtended'; data: { deadline: string; reason: string } }
  | { type: 'GeneralDeadlineMissed'; data: GeneralDeadlineRef }
  | { type: 'GeneralReminderSent'; data: GeneralDeadlineRef & { daysBefore: number } };

export type GeneralHazardEventType = GeneralHazardEvent['type'];
export type GeneralHazardEventOf<T extends GeneralHazardEventType> = Extract<
  GeneralHazardEvent,
  { type: T }
>;
