import { Injectable, Logger } from '@nestjs/common';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { DeadlineReconciler } from './deadline.reconciler';

/** At start-up, Redis is made to hold every open case's pending jobs (it may have lost them). */
@Injectable()
export class StartupReconciliation implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(StartupReconciliation.name);
  private readonly stopping = new AbortController();
  /** Resolves once start-up reconciliation has finished (tests wait on it). */
  reconciled: Promise<void> = Promise.resolve();

  constructor(private readonly reconciler: DeadlineReconciler) {}

  onApplicationBootstrap(): void {
    // In the background: a large store must not hold up the API's start.
    this.reconciled = this.reconciler.run({ signal: this.stopping.signal }).then(
      (report) => this.logger.log(`reconciled deadlines: ${JSON.stringify(report)}`),
      (error: unknown) => this.logger.error(`reconciliation failed: ${String(error)}`),
    );
  }

  /** Before the event store closes (RuntimeModule closes it on application shutdown). */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.reconciled;
  }
}
