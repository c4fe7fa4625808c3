import type { EventHandler, EventStore, Subscription } from './event-store.port';

export interface CatchUpOptions {
  batchSize?: number;
  /** Longest wait between polls when no wake-up signal arrives (other writers, other processes). */
  pollMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * Catch-up subscription shared by the adapters: page through `readAll` from a position and
 * deliver in order; when caught up, sleep until `wake` fires or the poll interval passes.
 * A handler that throws stops nothing: the same event is retried after the poll interval,
 * so delivery is at-least-once and in order.
 */
export function catchUpSubscription(
  readAll: EventStore['readAll'],
  onWake: (wake: () => void) => () => void,
  after: bigint | null,
  handler: EventHandler,
  options: CatchUpOptions = {},
): Subscription {
  const batchSize = options.batchSize ?? 500;
  const pollMs = options.pollMs ?? 250;
  let position = after;
  let stopped = false;
  let wakeUp: (() => void) | null = null;
  // A wake-up that arrives while a page is being read or handled is kept for the next
  // sleep, which then returns at once: the page may have been read before that append.
  let woken = false;
  const unsubscribe = onWake(() => {
    woken = true;
    wakeUp?.();
  });

  const sleep = () =>
    new Promise<void>((resolve) => {
      if (woken) return resolve();
      const timer = setTimeout(done, pollMs);
      function done() {
        clearTimeout(timer);
        wakeUp = null;
        resolve();
      }
      wakeUp = done;
    });

  const loop = async () => {
    while (!stopped) {
      let caughtUp = true;
      woken = false;
      try {
        const batch = await readAll(position, batchSize);
        for (const event of batch) {
          if (stopped) return;
          await handler(event);
          position = event.position;
        }
        caughtUp = batch.length < batchSize;
      } catch (error) {
        options.onError?.(error);
      }
      if (caughtUp && !stopped) await sleep();
    }
  };
  const running = loop();

  return {
    async stop() {
      stopped = true;
      unsubscribe();
      wakeUp?.();
      await running;
    },
  };
}
