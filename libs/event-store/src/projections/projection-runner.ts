import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { catchUpPages } from '../catch-up-subscription';
import type { CatchUpOptions } from '../catch-up-subscription';
import type { Checkpoint } from '../checkpoints/checkpoint-store';
import type { EventStore, RecordedEvent, Subscription } from '../event-store.port';
import type { Projection } from './projection';
import { countEvents, LAG_COUNT_LIMIT } from './count-events';
import { followWhileLeased } from './follow-while-leased';

export interface ProjectionRunnerOptions extends Pick<CatchUpOptions, 'pollMs' | 'retryMs'> {
  /** Events per page, and so per transaction (default 1,000). */
  batchSize?: number;
  /** Follow the store from application bootstrap to shutdown (default true; the CLI: false). */
  follow?: boolean;
  /** Pause between attempts to take a lease that another process holds (default 2 s). */
  leaseRetryMs?: number;
  logger?: { error(message: string): void; log?(message: string): void };
}

/** How a projection is doing, for `/health`. */
export interface ProjectionStatus {
  subscriber: string;
  /** Global position of the last event it reflects; null before the first. */
  checkpoint: string | null;
  /** Events in the store after the checkpoint (counted up to LAG_COUNT_LIMIT, see `atLeast`). */
  behind: number;
  atLeast: boolean;
  running: boolean;
  /** The last failure; the same page is tried again until it passes. */
  lastError: string | null;
}

export interface RebuildProgress {
  done: number;
  total: number;
  elapsedMs: number;
}

/** The runners following the store in this process, for the projection-lag metric. */
const following = new Set<ProjectionRunner>();

/** Every projection this process follows now. */
export const followingProjections = (): ProjectionRunner[] => [...following];

/**
 * Runs one projection: reads the store page by page from the projection's checkpoint, hands
 * each page's events to the projection and commits its writes with the checkpoint (see
 * Projection). A new version is emptied and replayed on start. A failing page is retried
 * after a pause, its error reported in `status()`. Nest calls the lifecycle hooks: it starts
 * on bootstrap and stops before shutdown, so before the event store closes. When the
 * checkpoint store offers a lease (a checkpoint that replicas share), it follows from
 * bootstrap only while it holds the lease, and stands by otherwise.
 */
export class ProjectionRunner<R extends RecordedEvent = RecordedEvent>
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  private subscription: Subscription | null = null;
  private starting: Promise<void> | null = null;
  private lastError: string | null = null;
  private readonly batchSize: number;
  /** The last position committed while running, in memory, for reached(). */
  private committedThrough: bigint | null = null;
  private waiters: Array<{ position: bigint; resolve: () => void }> = [];
  private leased: { stop(): Promise<void> } | null = null;

  constructor(
    private readonly store: EventStore,
    readonly projection: Projection<R>,
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 1000;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!(this.options.follow ?? true)) return;
    const { name, checkpoints } = this.projection;
    const lease = checkpoints.lease?.(name);
    if (!lease) return this.start();
    const logger = this.options.logger;
    this.leased = followWhileLeased(lease, this, {
      retryMs: this.options.leaseRetryMs ?? 2_000,
      log: (message) => logger?.log?.(`projection ${name}: ${message}`),
      onError: (error) => this.failed(error),
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.leased?.stop();
    this.leased = null;
    await this.stop();
  }

  /**
   * Resolves once the projection reflects every event up to `position`, or after `timeoutMs`
   * (a stalled projection must not hang its caller): a command waits on it so that its
   * caller's next read on this instance sees its own write.
   */
  reached(position: bigint, timeoutMs = 2_000): Promise<void> {
    if (this.committedThrough !== null && this.committedThrough >= position)
      return Promise.resolve();
    return new Promise((resolve) => {
      const waiter = {
        position,
        resolve: () => {
          clearTimeout(timer);
          this.waiters = this.waiters.filter((w) => w !== waiter);
          resolve();
        },
      };
      const timer = setTimeout(waiter.resolve, timeoutMs);
      timer.unref();
      this.waiters.push(waiter);
    });
  }

  /** Empties the projection if its version changed, then follows the store. */
  start(): Promise<void> {
    if (this.starting) return this.starting;
    const starting: Promise<void> = this.prepare().then((from) => {
      if (this.starting !== starting) return; // stopped meanwhile
      this.committedThrough = from;
      following.add(this as ProjectionRunner);
      this.subscription = catchUpPages(
        (after, max) => this.store.readAll(after, max),
        (wake) => this.store.onAppended?.(wake) ?? (() => undefined),
        from,
        (page) => this.apply(page),
        {
          batchSize: this.batchSize,
          pollMs: this.options.pollMs,
          retryMs: this.options.retryMs,
          onError: (error) => this.failed(error),
          onCaughtUp: () => this.projection.caughtUp?.(),
        },
      );
    });
    this.starting = starting;
    return starting;
  }

  /** Resolves once the page in hand is committed (or has failed); nothing is handled after. */
  async stop(): Promise<void> {
    const starting = this.starting;
    this.starting = null;
    await starting?.catch(() => undefined);
    const subscription = this.subscription;
    this.subscription = null;
    following.delete(this as ProjectionRunner);
    await subscription?.stop();
  }

  async status(): Promise<ProjectionStatus> {
    const { name, version, checkpoints } = this.projection;
    const saved = await checkpoints.load(name);
    // A checkpoint of another version counts for nothing: the projection starts over.
    const position = saved?.version === version ? saved.position : null;
    const ahead = await this.store.readAll(position, LAG_COUNT_LIMIT + 1);
    return {
      subscriber: name,
      checkpoint: position === null ? null : position.toString(),
      behind: Math.min(ahead.length, LAG_COUNT_LIMIT),
      atLeast: ahead.length > LAG_COUNT_LIMIT,
      running: this.subscription !== null,
      lastError: this.lastError,
    };
  }

  /**
   * Empties the projection and replays every event into it, to the end of the store as it is
   * now; a failure ends the rebuild. Each page is committed as it goes, so an interrupted
   * rebuild resumes from its checkpoint at the next start. Not while following.
   */
  async rebuild(onProgress?: (progress: RebuildProgress) => void): Promise<RebuildProgress> {
    if (this.starting) throw new Error(`stop projection ${this.projection.name} before rebuilding`);
    const total = await countEvents(this.store, this.batchSize);
    const started = Date.now();
    let done = 0;
    const progress = () => ({
      done,
      total: Math.max(total, done),
      elapsedMs: Date.now() - started,
    });
    await this.reset(await this.projection.checkpoints.load(this.projection.name));
    await this.replayToEnd(async (page) => {
      await this.apply(page);
      done += page.length;
      onProgress?.(progress());
    });
    return progress();
  }

  /** The catch-up loop from the start, until it has caught up; rejects on the first failure. */
  private replayToEnd(handler: (page: RecordedEvent[]) => Promise<void>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const replay = catchUpPages(
        (after, max) => this.store.readAll(after, max),
        () => () => undefined,
        null,
        handler,
        {
          batchSize: this.batchSize,
          // Called from inside the loop, which ends as soon as it sees the stop.
          onCaughtUp: async () => {
            await this.projection.caughtUp?.();
            void replay.stop().then(resolve);
          },
          onError: (error) => void replay.stop().then(() => reject(error)),
        },
      );
    });
  }

  /** From the checkpoint, or from the start after emptying a projection of another version. */
  private async prepare(): Promise<bigint | null> {
    const saved = await this.projection.checkpoints.load(this.projection.name);
    if (saved?.version === this.projection.version) return saved.position;
    await this.reset(saved);
    return null;
  }

  private async reset(previous: Checkpoint | null): Promise<void> {
    const { name, version, checkpoints } = this.projection;
    const write = await this.projection.truncate(previous);
    await checkpoints.save(name, { position: null, version }, write);
  }

  private async apply(page: RecordedEvent[]): Promise<void> {
    const { name, version, checkpoints } = this.projection;
    const events = page.filter((event): event is R => this.projection.handles(event));
    const write = events.length > 0 ? await this.projection.handle(events) : undefined;
    const position = page[page.length - 1].position;
    await checkpoints.save(name, { position, version }, write);
    if (events.length > 0) this.projection.committed?.();
    this.lastError = null;
    this.committedThrough = position;
    for (const waiter of this.waiters) if (waiter.position <= position) waiter.resolve();
  }

  private failed(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    if (message !== this.lastError) {
      this.options.logger?.error(`projection ${this.projection.name}: ${message}`);
    }
    this.lastError = message;
  }
}
