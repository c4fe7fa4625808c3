import { caseIdOf, deterministicUuid, toHazardEvent } from '@hazard/cases';
import { caseFacts, foldCase } from '@hazard/domain';
import type { DeadlinePolicy } from '@hazard/domain';
import type { EventStore, RecordedEvent } from '@hazard/event-store';
import { digestIssuedNotice, WEEKLY_DIGEST_ISSUED } from '@hazard/reporting';
import type { WeeklyDigest } from '@hazard/reporting';
import { deadlineNotice, NOTICE_EVENT_TYPES } from './deadline-notice';
import type { DeadlineNoticeEvent } from './deadline-notice';
import type { DeadlineNotification, DigestNotification, Notification } from './notification';
import { roleRecipient, userRecipient } from './notification';

/** The committee watches every deadline and receives every digest. */
const WATCHING_ROLE = 'committee';

const noticeIdOf = (event: RecordedEvent): string => deterministicUuid(`notification/${event.id}`);
const occurredAtOf = (event: RecordedEvent): string => String(event.metadata.occurredAt ?? '');

/**
 * The notice a recorded event calls for, or null when it calls for none. Only a deadline
 * notice reads its case's stream (to name the case and its leader).
 */
export async function notificationFor(
  event: RecordedEvent,
  store: Pick<EventStore, 'read'>,
  policy: DeadlinePolicy,
): Promise<Notification | null> {
  if (event.type === WEEKLY_DIGEST_ISSUED) return digestNotificationFor(event);
  if (!NOTICE_EVENT_TYPES.has(event.type)) return null;
  return deadlineNotificationFor(event, await store.read(event.streamId), policy);
}

/** A digest concerns the whole city: it goes to the committee, town scope notwithstanding. */
export function digestNotificationFor(event: RecordedEvent): DigestNotification {
  const digest = event.data as unknown as WeeklyDigest;
  return {
    id: noticeIdOf(event),
    eventId: event.id,
    type: WEEKLY_DIGEST_ISSUED,
    week: digest.week,
    occurredAt: occurredAtOf(event),
    recipients: [roleRecipient(WATCHING_ROLE)],
    text: digestIssuedNotice(digest),
  };
}

/**
 * The deadline notice a case event calls for, or null when it calls for none. `history` is the
 * case's stream up to and including the event, so the leader is the one in charge then.
 */
export function deadlineNotificationFor(
  event: RecordedEvent,
  history: RecordedEvent[],
  policy: DeadlinePolicy,
): DeadlineNotification | null {
  const caseId = caseIdOf(event.streamId);
  if (caseId === null || !NOTICE_EVENT_TYPES.has(event.type)) return null;
  const occurredAt = occurredAtOf(event);
  const snapshot = foldCase(history.slice(0, event.revision + 1).map(toHazardEvent));
  const facts = caseFacts(snapshot, { asOf: new Date(occurredAt), policy });
  if (!facts) return null;
  const notice = toHazardEvent(event) as DeadlineNoticeEvent;
  const { listing, leader } = facts;
  const recipients = [roleRecipient(WATCHING_ROLE)];
  if (leader) recipients.unshift(userRecipient(leader.id));
  return {
    id: noticeIdOf(event),
    eventId: event.id,
    type: notice.type,
    caseId,
    town: listing.town,
    kind: notice.data.kind,
    deadline: notice.data.deadline,
    level: notice.type === 'EscalationRaised' ? notice.data.level : null,
    occurredAt,
    recipients,
    text: {
      'zh-CN': deadlineNotice(notice, listing, occurredAt, 'zh-CN'),
      en: deadlineNotice(notice, listing, occurredAt, 'en'),
    },
  };
}
