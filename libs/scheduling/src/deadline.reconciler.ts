import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, DEADLINE_POLICY, GENERAL_HAZARD_POLICY } from '@hazard/domain';
import type { Clock, DeadlinePolicy, GeneralHazardPolicy } from '@hazard/domain';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import { DeadlineJobScheduler } from './deadline-job.scheduler';
import type { ReconcileReport } from './deadline-job.scheduler';
import { reconcileDeadlines } from './reconcile-deadlines';
import type { ReconcileOptions } from './reconcile-deadlines';

/** Start-up and `cli reconcile`: Redis made to match the pending deadlines of every open case and general hazard. */
@Injectable()
export class DeadlineReconciler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(DEADLINE_POLICY) private readonly policy: DeadlinePolicy,
    @Inject(GENERAL_HAZARD_POLICY) private readonly generalPolicy: GeneralHazardPolicy,
    private readonly scheduler: DeadlineJobScheduler,
  ) {}

  run(options?: ReconcileOptions): Promise<ReconcileReport> {
    return reconcileDeadlines(
      {
        store: this.store,
        scheduler: this.scheduler,
        policy: this.policy,
        generalPolicy: this.generalPolicy,
        clock: this.clock,
      },
      options,
    );
  }
}
