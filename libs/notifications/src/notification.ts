import type { DeadlineKind, EscalationLevel } from '@hazard/workflows';
import type { NoticeLanguage, NoticeText } from './deadline-notice';

/** One deadline notice, as the inbox keeps it and the webhook receives it. */
export interface DeadlineNotification {
  /** Deterministic from the event id: feeding the same event twice stores it once. */
  id: string;
  eventId: string;
  type: 'ReminderSent' | 'DeadlineMissed' | 'EscalationRaised';
  caseId: string;
  town: string;
  kind: DeadlineKind;
  deadline: string;
  level: EscalationLevel | null;
  occurredAt: string;
  /** `user:<id>` for the case's leader, `role:<role>` for everyone holding the role. */
  recipients: string[];
  text: Record<NoticeLanguage, NoticeText>;
}

export const userRecipient = (userId: string): string => `user:${userId}`;
export const roleRecipient = (role: string): string => `role:${role}`;
