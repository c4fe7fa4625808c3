import { createHash } from 'node:crypto';
import type { HazardEvent } from '@hazard/workflows';
import type { RecordedEvent } from '@hazard/event-store';

export const CASE_STREAM_PREFIX = 'major_hazard-';

export const caseStreamId = (caseId: string): string => `${CASE_STREAM_PREFIX}${caseId}`;

export const caseIdOf = (streamId: string): string | null =>
  streamId.startsWith(CASE_STREAM_PREFIX) ? streamId.slice(CASE_STREAM_PREFIX.length) : null;

export const toHazardEvent = (event: RecordedEvent): HazardEvent =>
  ({ type: event.type, data: event.data }) as HazardEvent;

/**
 * A deterministic UUID from a name: the same command retried produces the same event ids,
 * which both stores treat as an idempotent append.
 */
export function deterministicUuid(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
