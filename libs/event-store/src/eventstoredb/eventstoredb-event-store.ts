import {
  ANY,
  END,
  EventStoreDBClient,
  excludeSystemEvents,
  FORWARDS,
  jsonEvent,
  NO_STREAM,
  START,
  StreamNotFoundError,
} from '@eventstore/db-client';
import type {
  AllStreamSubscription,
  AppendExpectedRevision,
  ReadPosition,
  ResolvedEvent,
} from '@eventstore/db-client';
import { catchUpSubscription } from '../catch-up-subscription';
import type { CatchUpOptions } from '../catch-up-subscription';
import type {
  AppendResult,
  EventHandler,
  EventStore,
  ExpectedRevision,
  JsonObject,
  NewEvent,
  RecordedEvent,
  Subscription,
} from '../event-store.port';
import { toStoreError } from './eventstoredb-errors';

/** How long a dropped live subscription waits before it is opened again. */
const RESUBSCRIBE_MS = 1000;
const MIN_PAGE = 100;
/** "No position" on the wire (ulong max): servers before 22.6 send it for stream reads. */
const NO_POSITION = 2n ** 64n - 1n;

/**
 * The EventStoreDB adapter (a three-node cluster is the scale-out path). Every import of
 * `@eventstore/db-client` lives in this file and its error mapping, so the successor client
 * (KurrentDB) replaces it in one place.
 *
 * Positions are commit positions: the server gives every event appended over gRPC its own
 * commit position (equal to its prepare position), so they are unique and ordered in `$all`.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly wakers = new Set<() => void>();
  private live: AllStreamSubscription | null = null;
  private resubscribeTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    connectionString: string,
    private readonly subscriptionOptions: CatchUpOptions = {},
  ) {
    this.client = EventStoreDBClient.connectionString(connectionString);
  }

  async append(
    streamId: string,
    events: NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('append needs at least one event');
    try {
      const result = await this.client.appendToStream(
        streamId,
        events.map((event) =>
          jsonEvent({ id: event.id, type: event.type, data: event.data, metadata: event.metadata }),
        ),
        { expectedRevision: toExpectedRevision(expected) },
      );
      const nextRevision = Number(result.nextExpectedRevision);
      // The server reports the last event's commit position, also for an idempotent retry,
      // unless it could not look that event up; then we do.
      const reported = result.position?.commit;
      const position =
        reported === undefined || reported === NO_POSITION
          ? await this.positionOf(streamId, nextRevision, events)
          : reported;
      return { nextRevision, position };
    } catch (error) {
      throw toStoreError(error, streamId, expected);
    }
  }

  async read(streamId: string, fromRevision = 0): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    try {
      const reading = this.client.readStream(streamId, {
        fromRevision: BigInt(fromRevision),
        direction: FORWARDS,
      });
      for await (const resolved of reading) {
        const recorded = toRecorded(resolved);
        if (recorded) events.push(recorded);
      }
      return events;
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw toStoreError(error, streamId);
    }
  }

  async readAll(after: bigint | null, maxCount: number): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    let from: ReadPosition = after === null ? START : { commit: after, prepare: after };
    let lastSeen = after;
    try {
      // A page can be full of system events ($-prefixed), which we skip: keep paging until
      // enough of ours are found or `$all` ends.
      while (events.length < maxCount) {
        // +1: the page starts with the event at `after`, again. At least a modest page, so a
        // stretch of system events (a fresh database starts with one) takes few round trips.
        const pageSize = Math.max(maxCount - events.length + 1, MIN_PAGE);
        let seen = 0;
        for await (const resolved of this.client.readAll({
          fromPosition: from,
          maxCount: pageSize,
          direction: FORWARDS,
        })) {
          seen += 1;
          const position = resolved.event?.position.commit;
          // Reading from a position includes the event at it; `after` is exclusive.
          if (position === undefined || (lastSeen !== null && position <= lastSeen)) continue;
          lastSeen = position;
          const recorded = isSystemEvent(resolved) ? null : toRecorded(resolved);
          if (recorded && events.length < maxCount) events.push(recorded);
        }
        if (seen < pageSize || lastSeen === null) break;
        from = { commit: lastSeen, prepare: lastSeen };
      }
      return events;
    } catch (error) {
      throw toStoreError(error);
    }
  }

  subscribe(after: bigint | null, handler: EventHandler): Subscription {
    return catchUpSubscription(
      (from, max) => this.readAll(from, max),
      (wake) => {
        this.wakers.add(wake);
        this.followLiveAppends();
        return () => {
          this.wakers.delete(wake);
          if (this.wakers.size === 0) this.stopFollowing();
        };
      },
      after,
      handler,
      this.subscriptionOptions,
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopFollowing();
    await this.client.dispose();
  }

  /**
   * One native subscription to the end of `$all` per store wakes every catch-up loop when a
   * non-system event is appended by anyone; the catch-up loops still poll, so a dropped
   * subscription only slows them down until it is opened again.
   */
  private followLiveAppends(): void {
    if (this.live || this.closed) return;
    const live = this.client.subscribeToAll({ fromPosition: END, filter: excludeSystemEvents() });
    this.live = live;
    live.on('data', () => this.wakers.forEach((wake) => wake()));
    live.on('error', (error) => {
      this.subscriptionOptions.onError?.(toStoreError(error));
      if (this.live !== live) return;
      this.live = null;
      if (this.wakers.size > 0 && !this.closed) {
        this.resubscribeTimer = setTimeout(() => {
          this.resubscribeTimer = null;
          if (this.wakers.size > 0) this.followLiveAppends();
        }, RESUBSCRIBE_MS);
      }
    });
  }

  private stopFollowing(): void {
    if (this.resubscribeTimer) clearTimeout(this.resubscribeTimer);
    this.resubscribeTimer = null;
    const live = this.live;
    this.live = null;
    if (live) void live.unsubscribe().catch(() => undefined);
  }

  /** Fallback when an append reply carries no position: read the last event back. */
  private async positionOf(
    streamId: string,
    revision: number,
    events: NewEvent[],
  ): Promise<bigint> {
    const [last] = await this.read(streamId, revision);
    if (!last || last.id !== events[events.length - 1].id) {
      throw new Error(`stream ${streamId}: cannot find the position of revision ${revision}`);
    }
    return last.position;
  }
}

function toExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  if (expected === 'no_stream') return NO_STREAM;
  if (expected === 'any') return ANY;
  return BigInt(expected);
}

/** `$`-prefixed types and streams belong to the server (stats, metadata, projections, links). */
function isSystemEvent(resolved: ResolvedEvent): boolean {
  const event = resolved.event;
  return !event || event.type.startsWith('$') || event.streamId.startsWith('$');
}

function toRecorded(resolved: ResolvedEvent): RecordedEvent | null {
  const event = resolved.event;
  if (!event) return null;
  const position = event.position?.commit ?? resolved.commitPosition;
  if (position === undefined || position === NO_POSITION) {
    throw new Error('EventStoreDB did not report event positions; version 22.6 or later needed');
  }
  return {
    id: event.id,
    streamId: event.streamId,
    revision: Number(event.revision),
    position,
    type: event.type,
    data: asJsonObject(event.data),
    metadata: asJsonObject(event.metadata),
  };
}

/** We write JSON objects only; anything else (written by another tool) is wrapped, not lost. */
function asJsonObject(value: unknown): JsonObject {
  if (value === undefined || value === null) return {};
  if (typeof value === 'object' && !Array.isArray(value) && !(value instanceof Uint8Array)) {
    return value as JsonObject;
  }
  return { value: value instanceof Uint8Array ? Buffer.from(value).toString('base64') : value };
}
