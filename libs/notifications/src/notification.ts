import type { DeadlineKind, EscalationLevel } from '@hazard/workflows';
import type { Language } from '@hazard/domain';
import type { NoticeText } from './deadline-notice';

/** What every notice carries, as the inbox keeps it and the webhook receives it. */
interface NotificationBase {
  /** Deterministic from the event id: feeding the same event twice stores it once. */
  id: string;
  eventId: string;
  occurredAt: string;
  /** `user:<id>` for one person, `role:<role>` for everyone holding the role. */
  recipients: string[];
  text: Record<Language, NoticeText>;
}

/** A reminder, missed deadline or escalation: refers to one case in one town. */
export interface DeadlineNotification extends NotificationBase {
  type: 'ReminderSent' | 'DeadlineMissed' | 'EscalationRaised';
  caseId: string;
  town: string;
  kind: DeadlineKind;
  deadline: string;
  level: EscalationLevel | null;
}

/** A weekly digest was issued: city-wide, so it refers to a week and to no town. */
export interface DigestNotification extends NotificationBase {
  type: 'WeeklyDigestIssued';
  week: string;
}

/** A daily report (每日一报) was issued: city-wide, so it refers to a day and to no town. */
export interface DailyReportNotification extends NotificationBase {
  type: 'DailyReportIssued';
  date: string;
}

export type Notification = DeadlineNotification | DigestNotification | DailyReportNotification;

/** The town a notice is confined to, or null for a city-wide one every recipient may see. */
export const townOf = (notification: Notification): string | null =>
  notification.type === 'WeeklyDigestIssued' || notification.type === 'DailyReportIssued'
    ? null
    : notification.town;

export const userRecipient = (userId: string): string => `user:${userId}`;
export const roleRecipient = (role: string): string => `role:${role}`;
