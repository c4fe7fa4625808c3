/** The runner of this instance's inbox projection (a ProjectionRunner of NotificationsProjection). */
export const INBOX_RUNNER = Symbol('INBOX_RUNNER');
