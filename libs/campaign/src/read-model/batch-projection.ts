import type { RecordedEvent } from '@hazard/event-store';

/**
 * A campaign read model: the projection runner hands it pages in global order, each written
 * synchronously inside one transaction with its checkpoint, so it never sees an event twice
 * unless a page was rolled back.
 */
export interface BatchProjection {
  /** The checkpoint's name. */
  readonly name: string;
  /** Bump when the tables or what they hold change: the runner then truncates and replays. */
  readonly version: number;
  /** Creates the tables if they are missing (called at start, before any batch). */
  createSchema(): void;
  handle(events: readonly RecordedEvent[]): void;
  truncate(): void;
}

export const occurredAt = (event: RecordedEvent): string =>
  typeof event.metadata.occurredAt === 'string' ? event.metadata.occurredAt : '';

/** Who acted, as the event's metadata records it. */
export const actorNameOf = (event: RecordedEvent): string => {
  const actor = event.metadata.actor as { name?: unknown } | undefined;
  return typeof actor?.name === 'string' ? actor.name : '';
};
