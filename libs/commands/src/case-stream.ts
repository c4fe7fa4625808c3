import { createHash } from 'node:crypto';
import { HAZARD_EVENT_TYPES } from '@hazard/workflows';
import type { HazardEvent } from '@hazard/workflows';
import type { EventMetadata } from '@hazard/domain';
import { streamCategory } from '@hazard/event-store';
import type { RecordedEvent } from '@hazard/event-store';

/** `major_hazard-<case id>`: a case's stream, holding the machine's events. */
export const caseStream = streamCategory<HazardEvent, EventMetadata>(
  'major_hazard-',
  HAZARD_EVENT_TYPES,
);

/** A case's event as read from its stream: a HazardEvent, with its place and metadata. */
export type CaseEvent = RecordedEvent<HazardEvent, EventMetadata>;

export const caseStreamId = caseStream.streamId;
export const caseIdOf = caseStream.idOf;
/** An event read from a case's stream, typed; throws for any other (see StreamCategory). */
export const toHazardEvent = caseStream.decode;

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
