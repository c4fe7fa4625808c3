import { caseIdOf, deterministicUuid, toHazardEvent } from '@hazard/cases';
import { foldCase } from '@hazard/domain';
import type { RecordedEvent } from '@hazard/event-store';
import { deadlineNotice, NOTICE_EVENT_TYPES } from './deadline-notice';
import type { DeadlineNoticeEvent } from './deadline-notice';
import type { DeadlineNotification } from './notification';
import { roleRecipient, userRecipient } from './notification';

/** The committee watches every deadline; the leader is told about their own case. */
const WATCHING_ROLE = 'committee';

/**
 * The notice a recorded event calls for, or null when it calls for none. `history` is the
 * case's stream up to and including the event, so the leader is the one in charge then.
 */
export function notificationFor(
  event: RecordedEvent,
  history: RecordedEvent[],
): DeadlineNotification | null {
  const caseId = caseIdOf(event.streamId);
  if (caseId === null || !NOTICE_EVENT_TYPES.has(event.type)) return null;
  const { context } = foldCase(history.slice(0, event.revision + 1).map(toHazardEvent));
  if (!context.listing) return null;
  const notice = toHazardEvent(event) as DeadlineNoticeEvent;
  const occurredAt = String(event.metadata.occurredAt ?? '');
  const recipients = [roleRecipient(WATCHING_ROLE)];
  if (context.leader) recipients.unshift(userRecipient(context.leader.id));
  return {
    id: deterministicUuid(`notification/${event.id}`),
    eventId: event.id,
    type: notice.type,
    caseId,
    town: context.listing.town,
    kind: notice.data.kind,
    deadline: notice.data.deadline,
    level: notice.type === 'EscalationRaised' ? notice.data.level : null,
    occurredAt,
    recipients,
    text: {
      'zh-CN': deadlineNotice(notice, context.listing, occurredAt, 'zh-CN'),
      en: deadlineNotice(notice, context.listing, occurredAt, 'en'),
    },
  };
}
