import {
  GENERAL_DEADLINE_KINDS,
  generalHazardStateOf,
  generalReminderKey,
} from '@hazard/workflows';
import type {
  HazardEscalation,
  FoundHazard,
  GeneralDeadlineKind,
  GeneralHazardSnapshot,
  GeneralHazardState,
  Rectification,
} from '@hazard/workflows';
import type { Overdue } from '../major-hazard/case-facts';
import { remindersStillDue } from '../major-hazard/deadline-policy';
import type { ReminderDue } from '../major-hazard/deadline-policy';
import type { GeneralHazardPolicy } from './general-hazard-policy';

export interface GeneralDeadlineInForce {
  kind: GeneralDeadlineKind;
  deadline: string;
  dueAt: number;
}

/** Everything the rest of the system may know about a general hazard. */
export interface GeneralHazardFacts {
  hazardId: string;
  state: GeneralHazardState;
  /** Found, and neither closed (销号) nor escalated. */
  open: boolean;
  /** The fix was checked and the hazard struck off (销号). */
  verified: boolean;
  escalation: HazardEscalation | null;
  hazard: FoundHazard;
  deadlines: Partial<Record<GeneralDeadlineKind, string>>;
  deadlineInForce: GeneralDeadlineInForce | null;
  /** The same rule as a major case's (`isOverdue`): the deadline in force has passed. */
  overdue: Overdue;
  /** The reminders of the deadline in force still to send; none once its miss is recorded. */
  remindersDue: ReminderDue[];
  rectification: Rectification | null;
  report: string | null;
  rejections: number;
}

export interface GeneralFactsOptions {
  asOf: Date;
  policy: Pick<GeneralHazardPolicy, 'reminderDaysBefore'>;
}

export function generalDeadlineInForceOf(
  snapshot: GeneralHazardSnapshot,
): GeneralDeadlineInForce | null {
  const kind = GENERAL_DEADLINE_KINDS.find((k) => snapshot.hasTag(`deadline:${k}`));
  const deadline = kind ? snapshot.context.deadlines[kind] : undefined;
  return kind && deadline !== undefined ? { kind, deadline, dueAt: Date.parse(deadline) } : null;
}

/** The facts of a general hazard as of an instant; null before it is found. */
export function generalHazardFacts(
  snapshot: GeneralHazardSnapshot,
  { asOf, policy }: GeneralFactsOptions,
): GeneralHazardFacts | null {
  const { context } = snapshot;
  if (!context.hazard) return null;
  const inForce = generalDeadlineInForceOf(snapshot);
  const recorded = inForce !== null && context.missed[inForce.kind] === inForce.deadline;
  const remindersDue =
    inForce && !recorded
      ? remindersStillDue(inForce.deadline, asOf, policy.reminderDaysBefore, (daysBefore) =>
          context.remindersSent.includes(
            generalReminderKey(inForce.kind, inForce.deadline, daysBefore),
          ),
        )
      : [];
  return {
    hazardId: context.hazard.hazardId,
    state: generalHazardStateOf(snapshot),
    open: snapshot.hasTag('open'),
    verified: snapshot.hasTag('verified'),
    escalation: context.escalation,
    hazard: context.hazard,
    deadlines: context.deadlines,
    deadlineInForce: inForce,
    overdue: { recorded, pastDue: inForce !== null && asOf.getTime() >= inForce.dueAt },
    remindersDue,
    rectification: context.rectification,
    report: context.report,
    rejections: context.rejections,
  };
}
