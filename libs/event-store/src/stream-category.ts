import type { EventShape, JsonObject, RecordedEvent } from './event-store.port';

/**
 * The streams whose ids start with one prefix, and what they hold: events of type `E` with
 * metadata `M`. The one place that says so for a category (`major_hazard-<case id>` holds
 * `HazardEvent`s); readers of its streams type their events through it, not by casting.
 *
 * The event type is checked against the category's list; the data is taken as written, since
 * the only writer of a category is the code that owns it and appends `NewEvent<E>`s.
 */
export interface StreamCategory<E extends EventShape, M extends JsonObject = JsonObject> {
  readonly prefix: string;
  streamId(id: string): string;
  /** The id within the category, or null for a stream of another category. */
  idOf(streamId: string): string | null;
  /**
   * True for an event of one of the category's streams, and types it. An event there of a
   * type the category does not know is an error, not a skip: it comes from a newer writer or
   * a damaged store, and acting on the rest of the stream without it would be wrong.
   */
  holds(event: RecordedEvent): event is RecordedEvent<E, M>;
  /** An event read from one of the category's streams, typed; throws for any other. */
  decode(event: RecordedEvent): RecordedEvent<E, M>;
}

export class UnknownEventTypeError extends Error {
  constructor(event: RecordedEvent) {
    super(
      `stream ${event.streamId} holds an event of unknown type ${event.type} (revision ${event.revision})`,
    );
    this.name = 'UnknownEventTypeError';
  }
}

export function streamCategory<E extends EventShape, M extends JsonObject = JsonObject>(
  prefix: string,
  types: readonly E['type'][],
): StreamCategory<E, M> {
  const known: ReadonlySet<string> = new Set(types);
  const holds = (event: RecordedEvent): event is RecordedEvent<E, M> => {
    if (!event.streamId.startsWith(prefix)) return false;
    if (!known.has(event.type)) throw new UnknownEventTypeError(event);
    return true;
  };
  return {
    prefix,
    streamId: (id) => `${prefix}${id}`,
    idOf: (streamId) => (streamId.startsWith(prefix) ? streamId.slice(prefix.length) : null),
    holds,
    decode(event) {
      if (holds(event)) return event;
      throw new Error(`stream ${event.streamId} is not a ${prefix}… stream`);
    },
  };
}
