import {
  END,
  EventStoreDBClient,
  excludeSystemEvents,
  FORWARDS,
  jsonEvent,
  START,
  StreamNotFoundError,
} from '@eventstore/db-client';
import type { AllStreamSubscription, ReadPosition } from '@eventstore/db-client';
import { catchUpSubscription } from '../catch-up-subscription';
import type { CatchUpOptions } from '../catch-up-subscription';
import type {
  AppendResult,
  EventHandler,
  EventStore,
  ExpectedRevision,
  NewEvent,
  RecordedEvent,
  Subscription,
} from '../event-store.port';
import {
  isLeaderChange,
  isSystemEvent,
  NO_POSITION,
  toExpectedRevision,
  toJsonData,
  toRecorded,
  toStoreError,
} from './eventstoredb-mapping';

/** How long a dropped live subscription waits before it is opened again. */
const RESUBSCRIBE_MS = 1000;
const MIN_PAGE = 100;
const MEMO_SIZE = 1000;

/**
 * The EventStoreDB adapter (a three-node cluster is the scale-out path). Every use of
 * `@eventstore/db-client` lives in this file and eventstoredb-mapping.ts, so the successor
 * client (KurrentDB) replaces it in one place.
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
  /**
   * `$all` positions up to which only system events follow a given position (-1 for the
   * start). A catch-up loop asks again from its last event every poll; without this it would
   * rescan the system events written since (projection checkpoints, scavenges) every time.
   */
  private readonly onlySystemEventsAfter = new Map<bigint, bigint>();

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
      return await this.write(streamId, events, expected);
    } catch (error) {
      // The client has already turned to the new leader; the same event ids make the second
      // attempt safe (an idempotent no-op if the first one was written after all).
      if (!isLeaderChange(error)) throw toStoreError(error, streamId, expected);
      return this.write(streamId, events, expected).catch((retryError: unknown) => {
        throw toStoreError(retryError, streamId, expected);
      });
    }
  }

  async read(streamId: string, fromRevision = 0): Promise<RecordedEvent[]> {
    return this.readStream(streamId, fromRevision);
  }

  async readAll(after: bigint | null, maxCount: number): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    let lastSeen = this.onlySystemEventsAfter.get(after ?? -1n) ?? after;
    let from: ReadPosition = lastSeen === null ? START : { commit: lastSeen, prepare: lastSeen };
    let overflow = false;
    try {
      // A page can be full of system events ($-prefixed), which we skip: keep paging until
      // enough of ours are found or `$all` ends.
      while (events.length < maxCount) {
        // +1: the page starts with the event at `from`, again. At least a modest page, so a
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
          else if (recorded) overflow = true;
        }
        if (seen < pageSize || lastSeen === null) break;
        from = { commit: lastSeen, prepare: lastSeen };
      }
    } catch (error) {
      throw toStoreError(error);
    }
    if (!overflow) this.rememberSystemEventsOnly(events.at(-1)?.position ?? after, lastSeen);
    return events;
  }

  subscribe(after: bigint | null, handler: EventHandler): Subscription {
    return catchUpSubscription(
      (from, max) => this.readAll(from, max),
      (wake) => this.onAppended(wake),
      after,
      handler,
      this.subscriptionOptions,
    );
  }

  /** Any writer's appends, through one live subscription to `$all` while anyone listens. */
  onAppended(listener: () => void): () => void {
    // Its own entry, even for a listener added twice.
    const wake = () => listener();
    this.wakers.add(wake);
    this.followLiveAppends();
    return () => {
      this.wakers.delete(wake);
      if (this.wakers.size === 0) this.stopFollowing();
    };
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
    live.on('error', (error) => this.subscriptionOptions.onError?.(toStoreError(error)));
    // Dropped by the server or the network (not by us): open it again while anyone listens.
    live.on('close', () => {
      if (this.live !== live) return;
      this.live = null;
      if (this.wakers.size === 0 || this.closed) return;
      this.resubscribeTimer = setTimeout(() => {
        this.resubscribeTimer = null;
        if (this.wakers.size > 0) this.followLiveAppends();
      }, RESUBSCRIBE_MS);
    });
  }

  private stopFollowing(): void {
    if (this.resubscribeTimer) clearTimeout(this.resubscribeTimer);
    this.resubscribeTimer = null;
    const live = this.live;
    this.live = null;
    if (live) void live.unsubscribe().catch(() => undefined);
  }

  private rememberSystemEventsOnly(from: bigint | null, to: bigint | null): void {
    if (to === null || (from !== null && to <= from)) return;
    this.onlySystemEventsAfter.set(from ?? -1n, to);
    if (this.onlySystemEventsAfter.size > MEMO_SIZE) {
      const [oldest] = this.onlySystemEventsAfter.keys();
      this.onlySystemEventsAfter.delete(oldest);
    }
  }

  private async write(
    streamId: string,
    events: NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    const result = await this.client.appendToStream(
      streamId,
      events.map((event) =>
        jsonEvent({
          id: event.id,
          type: event.type,
          data: toJsonData(event.data),
          metadata: event.metadata,
        }),
      ),
      { expectedRevision: toExpectedRevision(expected) },
    );
    const nextRevision = Number(result.nextExpectedRevision);
    // For one event the reply's commit position is that event's, on a first write and on an
    // idempotent retry alike. For a batch the reply may name the batch's first record, so
    // (as when the reply has no position) we read the last event's back.
    const reported = events.length === 1 ? result.position?.commit : undefined;
    const position =
      reported === undefined || reported === NO_POSITION
        ? await this.positionOf(streamId, nextRevision, events)
        : reported;
    return { nextRevision, position };
  }

  private async readStream(
    streamId: string,
    fromRevision: number,
    maxCount = Number.MAX_SAFE_INTEGER,
  ): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    try {
      const reading = this.client.readStream(streamId, {
        fromRevision: BigInt(fromRevision),
        maxCount,
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

  /** The position of the last event of an append, read back from its stream. */
  private async positionOf(
    streamId: string,
    revision: number,
    events: NewEvent[],
  ): Promise<bigint> {
    const [last] = await this.readStream(streamId, revision, 1);
    if (!last || last.id !== events[events.length - 1].id) {
      throw new Error(`stream ${streamId}: cannot find the position of revision ${revision}`);
    }
    return last.position;
  }
}
