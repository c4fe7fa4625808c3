import type { HazardEscalation, FoundHazard, GeneralDeadlineKind } from './general-hazard.events';

export interface Rectification {
  responsiblePerson: string;
  measures: string;
}

/** Everything the machine's guards need; derived only from the hazard's own events. */
export interface GeneralHazardContext {
  hazard: FoundHazard | null;
  deadlines: Partial<Record<GeneralDeadlineKind, string>>;
  /** The last deadline missed per kind; overdue while it is still the deadline in force. */
  missed: Partial<Record<GeneralDeadlineKind, string>>;
  /** Keys `kind|deadline|daysBefore` of reminders already sent. */
  remindersSent: string[];
  rectification: Rectification | null;
  /** The fix as last reported, until it is rejected. */
  report: string | null;
  rejections: number;
  escalation: HazardEscalation | null;
}

export const emptyGeneralHazardContext = (): GeneralHazardContext => ({
  hazard: null,
  deadlines: {},
  missed: {},
  remindersSent: [],
  rectification: null,
  report: null,
  rejections: 0,
  escalation: null,
});

export const generalReminderKey = (
  kind: GeneralDeadlineKind,
  deadline: string,
  daysBefore: number,
): string => `${kind}|${deadline}|${daysBefore}`;
