import type { Lease } from '../checkpoints/checkpoint-store';

/** What follows the store while the lease is held (a ProjectionRunner). */
export interface LeasedWork {
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface LeaseOptions {
  /** Pause before trying again to take a lease that another process holds, or that failed. */
  retryMs: number;
  log(message: string): void;
  onError(error: unknown): void;
}

/**
 * Follows only while holding the lease: takes it once it is free, starts, and when it is lost
 * stops, then waits to take it again. A failure (the database away) is reported and tried
 * again after the pause. `stop()` stops the work, then releases the lease.
 */
export function followWhileLeased(
  lease: Lease,
  work: LeasedWork,
  options: LeaseOptions,
): { stop(): Promise<void> } {
  let stopped = false;
  let signalStop!: () => void;
  const stopping = new Promise<void>((resolve) => (signalStop = resolve));
  const pause = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, options.retryMs);
      void stopping.then(() => {
        clearTimeout(timer);
        resolve();
      });
    });

  const holdOnce = async () => {
    const held = await lease.tryTake();
    if (!held) return;
    try {
      if (stopped) return;
      options.log('took the lease: following the store');
      await work.start();
      await Promise.race([held.lost, stopping]);
      if (!stopped) options.log('lost the lease: stopped, waiting to take it again');
    } finally {
      await work.stop();
      await held.release();
    }
  };

  const running = (async () => {
    while (!stopped) {
      await holdOnce().catch((error: unknown) => options.onError(error));
      if (!stopped) await pause();
    }
  })();

  return {
    async stop() {
      stopped = true;
      signalStop();
      await running;
    },
  };
}
