import type { GeneralHazardContext } from './general-hazard.context';
import { generalReminderKey } from './general-hazard.context';
import type {
  GeneralDeadlineKind,
  GeneralHazardEvent,
  GeneralHazardEventOf,
} from './general-hazard.events';

/** Guards are pure predicates over the context and the candidate event. */
type Args<T extends GeneralHazardEvent['type']> = {
  context: GeneralHazardContext;
  event: GeneralHazardEventOf<T>;
};
export interface GeneralKindParams {
  kind: GeneralDeadlineKind;
}

/** Only ever later: an extension that shortens the time is a new finding, not an extension. */
export const isLaterDeadline = ({ context, event }: Args<'GeneralDeadlineExtended'>): boolean => {
  const current = context.deadlines.rectification;
  return current === undefined || Date.parse(event.data.deadline) > Date.parse(current);
};

/** A deadline is missed once, and only while it is still the deadline in force. */
export const isUnmissedGeneralDeadline = (
  { context, event }: Args<'GeneralDeadlineMissed'>,
  { kind }: GeneralKindParams,
): boolean =>
  event.data.kind === kind &&
  context.deadlines[kind] === event.data.deadline &&
  context.missed[kind] !== event.data.deadline;

export const isDueGeneralReminder = (
  { context, event }: Args<'GeneralReminderSent'>,
  { kind }: GeneralKindParams,
): boolean =>
  event.data.kind === kind &&
  event.data.daysBefore > 0 &&
  context.deadlines[kind] === event.data.deadline &&
  context.missed[kind] !== event.data.deadline &&
  !context.remindersSent.includes(
    generalReminderKey(kind, event.data.deadline, event.data.daysBefore),
  );
