import { TransitionNotAllowedError, ValidationFailedError } from './errors';

/** Deadline events record what time has made true; a job that fires early changes nothing. */
export function requireDue(command: string, state: string, now: Date, dueAt: number): void {
  if (Number.isNaN(dueAt) || now.getTime() < dueAt) {
    const due = Number.isNaN(dueAt) ? 'an invalid date' : new Date(dueAt).toISOString();
    throw new TransitionNotAllowedError(command, state, `not yet due (due at ${due})`);
  }
}

/** A date given by a person must be a date and later than `than` (now, or a deadline). */
export function requireLater(field: string, value: string, than: Date | string | undefined): void {
  const at = Date.parse(value);
  if (Number.isNaN(at)) {
    throw new ValidationFailedError([{ field, message: 'must be an ISO-8601 date-time' }]);
  }
  if (than === undefined) return;
  const limit = typeof than === 'string' ? Date.parse(than) : than.getTime();
  if (at <= limit) {
    const label = typeof than === 'string' ? `the current deadline (${than})` : 'now';
    throw new ValidationFailedError([{ field, message: `must be later than ${label}` }]);
  }
}
