import { caseStream, deterministicUuid } from '@hazard/commands';
import type { CaseEvent } from '@hazard/commands';
import type { DeadlinePolicy, EventMetadata } from '@hazard/domain';
import { caseFacts, foldCase } from '@hazard/domain';
import type { EventStore, RecordedEvent } from '@hazard/event-store';
import {
  DAILY_REPORT_ISSUED,
  dailyReportNotice,
  dailyReportStream,
  digestIssuedNotice,
  digestStream,
  WEEKLY_DIGEST_ISSUED,
} from '@hazard/reporting';
import type { DailyReportEvent, WeeklyDigestEvent } from '@hazard/reporting';
import { deadlineNotice, isDeadlineNoticeEvent } from './deadline-notice';
import type { DeadlineNoticeEvent } from './deadline-notice';
import type {
  DailyReportNotification,
  DeadlineNotification,
  DigestNotification,
  Notification,
} from './notification';
import { roleRecipient, userRecipient } from './notification';

/** The committee watches every deadline and receives every digest. */
const WATCHING_ROLE = 'committee';

/** A reminder, missed deadline or escalation, as read from its case's stream. */
export type DeadlineNoticeSource = RecordedEvent<DeadlineNoticeEvent, EventMetadata>;

/** The events that call for a notice. */
export type NoticeSource = DeadlineNoticeSource | WeeklyDigestEvent | DailyReportEvent;

export const isNoticeSource = (event: RecordedEvent): event is NoticeSource =>
  (caseStream.holds(event) && isDeadlineNoticeEvent(event)) ||
  digestStream.holds(event) ||
  dailyReportStream.holds(event);

export interface NoticeSettings {
  policy: DeadlinePolicy;
  /** DAILY_REPORT_RECIPIENTS: roles, role@jurisdiction or user:<id>. */
  dailyReportRecipients: readonly string[];
}

const noticeIdOf = (event: RecordedEvent): string => deterministicUuid(`notification/${event.id}`);

/**
 * The notice an event calls for, or null when its case is not listed. Only a deadline notice
 * reads its case's stream (to name the case and its leader).
 */
export async function notificationFor(
  event: NoticeSource,
  store: Pick<EventStore, 'read'>,
  settings: NoticeSettings,
): Promise<Notification | null> {
  if (event.type === WEEKLY_DIGEST_ISSUED) return digestNotificationFor(event);
  if (event.type === DAILY_REPORT_ISSUED) {
    return dailyReportNotificationFor(event, settings.dailyReportRecipients);
  }
  const history = (await store.read(event.streamId)).map(caseStream.decode);
  return deadlineNotificationFor(event, history, settings.policy);
}

/** `committee` → `role:committee`, `town@水头镇` → `role:town@水头镇`, `user:<id>` as it is. */
const recipientOf = (entry: string): string =>
  entry.startsWith('user:') ? entry : roleRecipient(entry);

/** 每日一报 is copied (抄报) to the recipients configured, city-wide. */
export function dailyReportNotificationFor(
  event: DailyReportEvent,
  recipients: readonly string[],
): DailyReportNotification {
  return {
    id: noticeIdOf(event),
    eventId: event.id,
    type: DAILY_REPORT_ISSUED,
    date: event.data.date,
    occurredAt: event.metadata.occurredAt,
    recipients: recipients.map(recipientOf),
    text: dailyReportNotice(event.data),
  };
}

/** A digest concerns the whole city: it goes to the committee, town scope notwithstanding. */
export function digestNotificationFor(event: WeeklyDigestEvent): DigestNotification {
  return {
    id: noticeIdOf(event),
    eventId: event.id,
    type: WEEKLY_DIGEST_ISSUED,
    week: event.data.week,
    occurredAt: event.metadata.occurredAt,
    recipients: [roleRecipient(WATCHING_ROLE)],
    text: digestIssuedNotice(event.data),
  };
}

/**
 * The deadline notice a case event calls for, or null when its case is not listed. `history`
 * is the case's stream up to and including the event, so the leader is the one in charge then.
 */
export function deadlineNotificationFor(
  event: DeadlineNoticeSource,
  history: CaseEvent[],
  policy: DeadlinePolicy,
): DeadlineNotification | null {
  const caseId = caseStream.idOf(event.streamId);
  const { occurredAt } = event.metadata;
  const snapshot = foldCase(history.slice(0, event.revision + 1));
  const facts = caseFacts(snapshot, { asOf: new Date(occurredAt), policy });
  if (caseId === null || !facts) return null;
  const { listing, leader } = facts;
  const recipients = [roleRecipient(WATCHING_ROLE)];
  if (leader) recipients.unshift(userRecipient(leader.id));
  return {
    id: noticeIdOf(event),
    eventId: event.id,
    type: event.type,
    caseId,
    town: listing.town,
    kind: event.data.kind,
    deadline: event.data.deadline,
    level: event.type === 'EscalationRaised' ? event.data.level : null,
    occurredAt,
    recipients,
    text: {
      'zh-CN': deadlineNotice(event, listing, occurredAt, 'zh-CN'),
      en: deadlineNotice(event, listing, occurredAt, 'en'),
    },
  };
}
