import { randomUUID } from 'node:crypto';
import { SCHEMA_VERSION, toZonedIso } from '@hazard/domain';
import type { Actor, EventMetadata, Role } from '@hazard/domain';
import { WrongExpectedRevisionError } from '@hazard/event-store';
import type { EventShape, EventStore, RecordedEvent, StreamCategory } from '@hazard/event-store';
import { deterministicUuid } from './case-stream';
import { currentCorrelationId } from '@hazard/observability';

export interface AppendedOnce<E extends EventShape> {
  event: RecordedEvent<E, EventMetadata>;
  /** True only for the call that stored it; every later call (or racer) reads the stored one. */
  created: boolean;
}

/** The one event of a stream that holds one (a day's report, a week's digest), or null. */
export async function readOnce<E extends EventShape>(
  store: EventStore,
  category: StreamCategory<E, EventMetadata>,
  id: string,
): Promise<RecordedEvent<E, EventMetadata> | null> {
  const [event] = await store.read(category.streamId(id));
  return event ? category.decode(event) : null;
}

/**
 * Stores `event` as the only event of its stream, once: the append expects no stream, so of two
 * issuers racing (two workers, a worker and a POST) one wins and the other reads the winner's.
 * `make` is called only when the stream is still empty.
 */
export async function appendOnce<E extends EventShape>(
  store: EventStore,
  category: StreamCategory<E, EventMetadata>,
  id: string,
  issuer: { actor: Actor; role: Role; now: Date; timeZone: string },
  make: () => Promise<E> | E,
): Promise<AppendedOnce<E>> {
  const existing = await readOnce(store, category, id);
  if (existing) return { event: existing, created: false };
  const event = await make();
  const streamId = category.streamId(id);
  const commandId = randomUUID();
  const metadata: EventMetadata = {
    actor: { userId: issuer.actor.userId, name: issuer.actor.name, role: issuer.role },
    commandId,
    correlationId: currentCorrelationId() ?? commandId,
    causationId: commandId,
    occurredAt: toZonedIso(issuer.now, issuer.timeZone),
    schemaVersion: SCHEMA_VERSION,
  };
  try {
    await store.append(
      streamId,
      [{ id: deterministicUuid(`${streamId}/issued`), ...event, metadata } as never],
      'no_stream',
    );
  } catch (error) {
    // Someone else stored it first: theirs is the event of record.
    if (!(error instanceof WrongExpectedRevisionError)) throw error;
  }
  const stored = (await readOnce(store, category, id)) as RecordedEvent<E, EventMetadata>;
  return { event: stored, created: stored.metadata.commandId === commandId };
}
