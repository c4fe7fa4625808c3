import { Injectable, Logger } from '@nestjs/common';
import type { BeforeApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { RedisLossDetector } from '@hazard/queue';
import { DeadlineReconciler } from './deadline.reconciler';

/**
 * Redis is made to hold every open case's next job at start-up (it may have lost them), again
 * whenever it is found to have lost this install's data, and at every periodic sweep: the
 * RedisLossDetector runs the reconciliation registered here.
 */
@Injectable()
export class StartupReconciliation implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(StartupReconciliation.name);
  private readonly stopping = new AbortController();

  constructor(
    private readonly reconciler: DeadlineReconciler,
    private readonly detector: RedisLossDetector,
  ) {}

  /** Resolves once start-up reconciliation has finished (tests wait on it). */
  get reconciled(): Promise<void> {
    return this.detector.firstRun;
  }

  onModuleInit(): void {
    this.detector.register({
      name: 'deadline jobs',
      restore: async () => {
        const report = await this.reconciler.run({ signal: this.stopping.signal });
        if (report.added > 0 || report.removed > 0) {
          this.logger.log(`reconciled deadlines: ${JSON.stringify(report)}`);
        }
        return report;
      },
    });
  }

  /** Before the event store closes (RuntimeModule closes it on application shutdown). */
  beforeApplicationShutdown(): void {
    this.stopping.abort();
  }
}
