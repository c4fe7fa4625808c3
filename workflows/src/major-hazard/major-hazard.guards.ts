import type { CaseContext } from './major-hazard.context';
import { reminderKey } from './major-hazard.context';
import { ESCALATION_LEVELS } from './major-hazard.events';
import type {
  DeadlineKind,
  EscalationLevel,
  HazardEvent,
  HazardEventOf,
  Plan,
} from './major-hazard.events';

/** Guards are pure predicates over the context and the candidate event. */
type Args<T extends HazardEvent['type']> = { context: CaseContext; event: HazardEventOf<T> };
export interface KindParams {
  kind: DeadlineKind;
}

const laterThan = (a: string, b: string | undefined): boolean =>
  b === undefined || Date.parse(a) > Date.parse(b);

export type RequiredPlanField =
  'responsibleDepartment' | 'responsiblePerson' | 'deadline' | 'controlMeasures';

/** What a plan lacks to be complete (一案一策); the domain reports these as field errors. */
export const missingPlanFields = (plan: Plan): RequiredPlanField[] => {
  const missing: RequiredPlanField[] = [];
  if (plan.responsibleDepartment.trim() === '') missing.push('responsibleDepartment');
  if (plan.responsiblePerson.trim() === '') missing.push('responsiblePerson');
  if (Number.isNaN(Date.parse(plan.deadline))) missing.push('deadline');
  if (!plan.controlMeasures.some((measure) => measure.trim() !== '')) {
    missing.push('controlMeasures');
  }
  return missing;
};

export const isCompletePlan = ({ event }: Pick<Args<'PlanSubmitted'>, 'event'>): boolean =>
  missingPlanFields(event.data.plan).length === 0;

export const isDifferentLeader = ({ context, event }: Args<'LeaderReassigned'>): boolean =>
  context.leader?.id !== event.data.leader.id;

export const canRequestExtension = (
  { context, event }: Args<'ExtensionRequested'>,
  { kind }: KindParams,
): boolean =>
  event.data.kind === kind &&
  context.pendingExtension?.kind !== kind &&
  laterThan(event.data.deadline, context.deadlines[kind]);

export const canApproveExtension = (
  { context, event }: Args<'ExtensionApproved'>,
  { kind }: KindParams,
): boolean =>
  event.data.kind === kind &&
  context.pendingExtension?.kind === kind &&
  laterThan(event.data.deadline, context.deadlines[kind]);

export const canRefuseExtension = (
  { context, event }: Args<'ExtensionRefused'>,
  { kind }: KindParams,
): boolean => event.data.kind === kind && context.pendingExtension?.kind === kind;

/** A deadline is missed once, and only while it is still the deadline in force. */
export const isUnmissedCurrentDeadline = (
  { context, event }: Args<'DeadlineMissed'>,
  { kind }: KindParams,
): boolean =>
  event.data.kind === kind &&
  context.deadlines[kind] === event.data.deadline &&
  context.missed[kind]?.deadline !== event.data.deadline;

export const nextEscalationLevel = (current: EscalationLevel | null): EscalationLevel | null => {
  const next = current === null ? 0 : ESCALATION_LEVELS.indexOf(current) + 1;
  return ESCALATION_LEVELS[next] ?? null;
};

export const isNextEscalation = (
  { context, event }: Args<'EscalationRaised'>,
  { kind }: KindParams,
): boolean => {
  const missed = context.missed[kind];
  return (
    event.data.kind === kind &&
    missed !== undefined &&
    missed.deadline === event.data.deadline &&
    context.deadlines[kind] === event.data.deadline &&
    nextEscalationLevel(missed.level) === event.data.level
  );
};

export const isDueReminder = (
  { context, event }: Args<'ReminderSent'>,
  { kind }: KindParams,
): boolean =>
  event.data.kind === kind &&
  event.data.daysBefore > 0 &&
  context.deadlines[kind] === event.data.deadline &&
  context.missed[kind]?.deadline !== event.data.deadline &&
  !context.remindersSent.includes(reminderKey(kind, event.data.deadline, event.data.daysBefore));
