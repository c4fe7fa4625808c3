/**
 * The vocabulary of a major-hazard case. These events are both what the machine consumes
 * and what the event store persists: the machine accepting an event is what makes it legal
 * to append.
 */
export const PRIORITIES = ['urgent', 'serious', 'minor', 'deferrable'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const DEADLINE_KINDS = ['planSubmission', 'rectification', 'acceptance'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** 督办函 → 通报 → 约谈, in this order. */
export const ESCALATION_LEVELS = ['urgingLetter', 'publicNotice', 'summons'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export interface Criterion {
  standard: string;
  clause: string;
}

export interface Listing {
  title: string;
  description: string;
  unitName: string;
  town: string;
  industryAuthority: string;
  professionalDomain: string;
  priority: Priority;
  criterion: Criterion;
  listingLevel: string;
  noticeNumber: string;
}

export interface Leader {
  id: string;
  name: string;
}

export interface Plan {
  responsibleDepartment: string;
  responsiblePerson: string;
  /** ISO-8601 instant with offset. */
  deadline: string;
  controlMeasures: string[];
  fundsAndMaterials?: string;
  emergencyPlan?: string;
}

/** A case listed from a general hazard judged major (判定为重大隐患): the link back. */
export interface CaseOrigin {
  generalHazardId: string;
  unitId: string;
}

interface DeadlineRef {
  kind: DeadlineKind;
  deadline: string;
}

/** What the case's events say; `HazardEvent` adds who said it. */
export type HazardEventBody =
  | { type: 'HazardListed'; data: { caseId: string; listing: Listing; origin?: CaseOrigin } }
  | { type: 'LeaderAssigned'; data: { leader: Leader; planDeadline: string } }
  | { type: 'LeaderReassigned'; data: { leader: Leader; reason?: string } }
  | { type: 'PlanSubmitted'; data: { plan: Plan } }
  | { type: 'PlanApproved'; data: { rectificationDeadline: string } }
  | { type: 'PlanRejected'; data: { reason: string } }
  | { type: 'ControlsConfirmed'; data: { note: string } }
  | { type: 'ProgressRecorded'; data: { note: string } }
  | { type: 'RectificationReported'; data: { summary: string; acceptanceDeadline: string } }
  | { type: 'RectificationRejected'; data: { reason: string } }
  | { type: 'CaseClosed'; data: { note: string } }
  | { type: 'ExtensionRequested'; data: DeadlineRef & { reason: string } }
  | { type: 'ExtensionApproved'; data: DeadlineRef & { reason?: string } }
  | { type: 'ExtensionRefused'; data: { kind: DeadlineKind; reason: string } }
  | { type: 'DeadlineMissed'; data: DeadlineRef }
  | { type: 'EscalationRaised'; data: DeadlineRef & { level: EscalationLevel } }
  | { type: 'ReminderSent'; data: DeadlineRef & { daysBefore: number } };

/**
 * An event as the machine folds it: its body and, when it was read back from the store, its
 * metadata, of which the machine reads only who caused it (separation of duties needs it).
 */
export type HazardEvent = HazardEventBody & { metadata?: { actor?: { userId: string } } };

export type HazardEventType = HazardEvent['type'];
export type HazardEventOf<T extends HazardEventType> = Extract<HazardEvent, { type: T }>;

/** Every type a case's stream may hold: its stream category checks events against it. */
export const HAZARD_EVENT_TYPES: readonly HazardEventType[] = [
  'HazardListed',
  'LeaderAssigned',
  'LeaderReassigned',
  'PlanSubmitted',
  'PlanApproved',
  'PlanRejected',
  'ControlsConfirmed',
  'ProgressRecorded',
  'RectificationReported',
  'RectificationRejected',
  'CaseClosed',
  'ExtensionRequested',
  'ExtensionApproved',
  'ExtensionRefused',
  'DeadlineMissed',
  'EscalationRaised',
  'ReminderSent',
];
