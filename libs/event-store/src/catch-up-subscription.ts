import type { EventHandler, EventStore, RecordedEvent, Subscription } from './event-store.port';

export interface CatchUpOptions {
  /** Events per page (default 500). */
  batchSize?: number;
  /** Longest wait between polls when no wake-up signal arrives (other writers, other processes). */
  pollMs?: number;
  /** Pause before a page whose handler threw is delivered again; appends do not shorten it. */
  retryMs?: number;
  onError?: (error: unknown) => void;
  /** Called each time a page comes back short: everything appended so far has been handled. */
  onCaughtUp?: () => Promise<void> | void;
}

/** Where a page handler stands while it works through a page. */
export interface PageCursor {
  /** True once `stop()` has been called: a handler going event by event ends the page early. */
  readonly stopping: boolean;
  /**
   * Records the page as handled up to `position`. A handler that never calls it has handled
   * the whole page when it returns; one that throws resumes after the last position it gave.
   */
  advance(position: bigint): void;
}

export type PageHandler = (page: RecordedEvent[], cursor: PageCursor) => Promise<void> | void;

/** How the store tells that events may have been appended; returns the way to stop listening. */
export type WakeUpSource = (wake: () => void) => () => void;

/**
 * The catch-up loop shared by subscriptions and projections: page through `readAll` from a
 * position and hand each page over in order; when caught up, sleep until `wake` fires or the
 * poll interval passes. A handler that throws stops nothing: the page is delivered again,
 * from where the handler got to, after `retryMs`, so delivery is at-least-once and in order.
 */
export function catchUpPages(
  readAll: EventStore['readAll'],
  onWake: WakeUpSource,
  after: bigint | null,
  handler: PageHandler,
  options: CatchUpOptions = {},
): Subscription {
  const batchSize = options.batchSize ?? 500;
  const pollMs = options.pollMs ?? 250;
  const retryMs = options.retryMs ?? pollMs;
  let position = after;
  let stopped = false;
  let wakeUp: (() => void) | null = null;
  let interrupt: (() => void) | null = null;
  /** Set by a wake-up since the last read, so one that came while handling a page counts. */
  let woken = false;
  const unsubscribe = onWake(() => {
    woken = true;
    wakeUp?.();
  });

  const sleep = (ms: number, wakeable: boolean) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wakeUp = null;
        interrupt = null;
        resolve();
      }
      interrupt = done;
      if (wakeable) wakeUp = done;
    });

  let advanced = false;
  const cursor: PageCursor = {
    get stopping() {
      return stopped;
    },
    advance(to) {
      position = to;
      advanced = true;
    },
  };

  const loop = async () => {
    while (!stopped) {
      let pause: number | null = null;
      try {
        woken = false;
        const page = await readAll(position, batchSize);
        if (page.length > 0 && !stopped) {
          advanced = false;
          await handler(page, cursor);
          if (!advanced) position = page[page.length - 1].position;
        }
        if (page.length < batchSize) {
          await options.onCaughtUp?.();
          pause = pollMs;
        }
      } catch (error) {
        options.onError?.(error);
        if (!stopped) await sleep(retryMs, false);
        continue;
      }
      if (pause !== null && !stopped && !woken) await sleep(pause, true);
    }
  };
  const running = loop();

  return {
    async stop() {
      stopped = true;
      unsubscribe();
      interrupt?.();
      await running;
    },
  };
}

/** The port's `subscribe`: the catch-up loop, one event at a time. */
export function catchUpSubscription(
  readAll: EventStore['readAll'],
  onWake: WakeUpSource,
  after: bigint | null,
  handler: EventHandler,
  options: CatchUpOptions = {},
): Subscription {
  return catchUpPages(
    readAll,
    onWake,
    after,
    async (page, cursor) => {
      for (const event of page) {
        if (cursor.stopping) return;
        await handler(event);
        cursor.advance(event.position);
      }
    },
    options,
  );
}
