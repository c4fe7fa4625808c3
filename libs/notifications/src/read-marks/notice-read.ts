import { deterministicUuid } from '@hazard/commands';
import { SCHEMA_VERSION, toZonedIso } from '@hazard/domain';
import { streamCategory } from '@hazard/event-store';
import type { EventStore, JsonObject, RecordedEvent } from '@hazard/event-store';
import { currentCorrelationId } from '@hazard/observability';

/** A reader marked one notice of their inbox read. */
export interface NoticeRead {
  type: 'NoticeRead';
  data: { noticeId: string };
}

/** The usual metadata (docs/architecture.md §3); the actor is the reader, on their own inbox. */
export interface InboxEventMetadata extends JsonObject {
  actor: { userId: string; name: string };
  commandId: string;
  command: string;
  correlationId: string;
  causationId: string;
  occurredAt: string;
  schemaVersion: number;
}

/**
 * `inbox-<user id>`: the facts of one reader's inbox, which every API instance projects into
 * its own inbox read model. The notices themselves derive from case and digest events; what
 * the reader adds is which of them they have read.
 */
export const inboxStream = streamCategory<NoticeRead, InboxEventMetadata>('inbox-', ['NoticeRead']);

export type NoticeReadEvent = RecordedEvent<NoticeRead, InboxEventMetadata>;

/** One reader's mark on one notice. */
export interface ReadMark {
  userId: string;
  noticeId: string;
}

export interface ReadMarkContext {
  actor: { userId: string; name: string };
  now: Date;
  timeZone: string;
  correlationId?: string;
}

/**
 * Appends the mark to the reader's inbox stream and answers its global position. The event id
 * derives from the reader and the notice, so marking a notice read again (on any instance, or
 * by the migration of old local marks) appends nothing: the store takes the same id at the
 * same place as a retry and answers the first append's position.
 */
export async function appendNoticeRead(
  store: Pick<EventStore, 'append'>,
  { userId, noticeId }: ReadMark,
  context: ReadMarkContext,
): Promise<bigint> {
  const streamId = inboxStream.streamId(userId);
  // The event's id and its command's: one mark per reader and notice, whoever asks again.
  const id = deterministicUuid(`${streamId}/read/${noticeId}`);
  const metadata: InboxEventMetadata = {
    actor: { userId: context.actor.userId, name: context.actor.name },
    commandId: id,
    command: 'MarkNoticeRead',
    correlationId: context.correlationId ?? currentCorrelationId() ?? id,
    causationId: id,
    occurredAt: toZonedIso(context.now, context.timeZone),
    schemaVersion: SCHEMA_VERSION,
  };
  const { position } = await store.append(
    streamId,
    [{ id, type: 'NoticeRead', data: { noticeId }, metadata }],
    'any',
  );
  return position;
}
