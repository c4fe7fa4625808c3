import { createHash } from 'node:crypto';
import { NoticeNumberTakenError, SCHEMA_VERSION, toZonedIso } from '@hazard/domain';
import type { Actor, Role } from '@hazard/domain';
import { claimUnique } from '@hazard/event-store';
import type { EventStore, RecordedEvent } from '@hazard/event-store';
import { caseStreamId, deterministicUuid } from './case-stream';
import { currentCorrelationId } from '@hazard/observability';

/**
 * A 督办通知书文号 names one case. It is claimed in `notice_number-<SHA-256 of its spelling>`
 * (`NoticeNumberReserved`) before the case is listed, appended only where no such stream
 * exists: of any number of concurrent listings with one number, on any instance, one wins.
 */
export const NOTICE_NUMBER_STREAM_PREFIX = 'notice_number-';

/** One spelling per number: full-width forms, spaces and the brackets people type (〔〕[]【】()). */
export const normalizeNoticeNumber = (noticeNumber: string): string =>
  noticeNumber
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[〔［【(（]/g, '[')
    .replace(/[〕］】)）]/g, ']');

export const noticeNumberStreamId = (noticeNumber: string): string =>
  `${NOTICE_NUMBER_STREAM_PREFIX}${createHash('sha256')
    .update(normalizeNoticeNumber(noticeNumber))
    .digest('hex')}`;

export interface ClaimContext {
  actor: Actor;
  /** The role the claim is made under: the committee listing, or the system backfilling. */
  role: Role;
  commandId: string;
  now: Date;
  timeZone: string;
}

const holderOf = (history: RecordedEvent[]): string | null => {
  const last = history.at(-1);
  return last?.type === 'NoticeNumberReserved'
    ? String((last.data as { caseId: unknown }).caseId)
    : null;
};

/**
 * Claims the number for the case; claiming again for the same case (a retry) succeeds. A
 * number held by another case is a NoticeNumberTakenError (409).
 */
export async function claimNoticeNumber(
  store: EventStore,
  noticeNumber: string,
  caseId: string,
  context: ClaimContext,
): Promise<void> {
  const streamId = noticeNumberStreamId(noticeNumber);
  await claimUnique(store, {
    streamId,
    claim: [
      {
        id: deterministicUuid(`${streamId}/${caseId}`),
        type: 'NoticeNumberReserved',
        data: { noticeNumber, caseId },
        metadata: {
          actor: { userId: context.actor.userId, name: context.actor.name, role: context.role },
          commandId: context.commandId,
          command: 'ClaimNoticeNumber',
          correlationId: currentCorrelationId() ?? context.commandId,
          causationId: context.commandId,
          occurredAt: toZonedIso(context.now, context.timeZone),
          schemaVersion: SCHEMA_VERSION,
        },
      },
    ],
    claimant: caseId,
    now: context.now,
    holderOf,
    neverCompleted: async (holder) => (await store.read(caseStreamId(holder))).length === 0,
    taken: () => new NoticeNumberTakenError(noticeNumber),
  });
}
