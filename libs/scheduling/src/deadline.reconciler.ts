import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, DEADLINE_POLICY } from '@hazard/domain';
import type { Clock, DeadlinePolicy } from '@hazard/domain';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import { DeadlineJobScheduler } from './deadline-job.scheduler';
import type { ReconcileReport } from './deadline-job.scheduler';
import { reconcileDeadlines } from './reconcile-deadlines';
import type { ReconcileOptions } from './reconcile-deadlines';

/** Start-up and `cli reconcile`: Redis made to match the pending deadlines of every open case. */
@Injectable()
export class DeadlineReconciler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(DEADLINE_POLICY) private readonly policy: DeadlinePolicy,
    private readonly scheduler: DeadlineJobScheduler,
  ) {}

  run(options?: ReconcileOptions): Promise<ReconcileReport> {
    return reconcileDeadlines(
      { store: this.store, scheduler: this.scheduler, policy: this.policy, clock: this.clock },
      options,
    );
  }
}
