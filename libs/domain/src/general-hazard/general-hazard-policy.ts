import type { Priority } from '@hazard/workflows';

/** The deadlines of general hazards. */
export interface GeneralHazardPolicy {
  /** The rectification deadline a finding gets when it names none, by grading (急重轻缓). */
  rectificationDays: Record<Priority, number>;
  /** The supervisor checks a reported fix within this many days. */
  verificationDays: number;
  /** A reminder goes out this many days before each deadline. */
  reminderDaysBefore: number[];
}

export const DEFAULT_GENERAL_HAZARD_POLICY: GeneralHazardPolicy = {
  rectificationDays: { urgent: 3, serious: 7, minor: 15, deferrable: 30 },
  verificationDays: 7,
  reminderDaysBefore: [3, 1],
};

/** The DI token under which the configured policy is provided. */
export const GENERAL_HAZARD_POLICY = Symbol('GENERAL_HAZARD_POLICY');
