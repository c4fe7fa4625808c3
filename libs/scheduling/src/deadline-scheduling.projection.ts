import type { CheckpointStore, Projection } from '@hazard/event-store';
import { caseStream } from '@hazard/cases';
import type { CaseEvent } from '@hazard/cases';
import { scheduleCaseDeadlines } from './schedule-case-deadlines';
import type { ScheduleDeps } from './schedule-case-deadlines';

const DEADLINE_SCHEDULER_SUBSCRIBER = 'deadline-scheduler';

/**
 * Schedules deadline jobs from the events, never from the HTTP path: after a page of case
 * events, each case the page touched has its jobs in Redis made to match its state. Redis
 * cannot join a transaction, so the checkpoint is saved after Redis took the page, and a
 * crash in between schedules the page again (idempotent: deterministic job ids).
 * Reconciliation at start-up covers a Redis that lost its data.
 */
export class DeadlineSchedulingProjection implements Projection<CaseEvent> {
  readonly name = DEADLINE_SCHEDULER_SUBSCRIBER;
  readonly version = 1;
  readonly handles = caseStream.holds;

  constructor(
    private readonly deps: ScheduleDeps,
    readonly checkpoints: CheckpointStore,
  ) {}

  /** Once per case of the page, in the order they first appear. */
  async handle(events: CaseEvent[]): Promise<undefined> {
    for (const streamId of new Set(events.map((event) => event.streamId))) {
      const caseId = caseStream.idOf(streamId);
      if (caseId !== null) await scheduleCaseDeadlines(this.deps, caseId);
    }
    return undefined;
  }

  /** Nothing to empty: replaying makes every case's jobs match its state again. */
  truncate(): undefined {
    return undefined;
  }
}
