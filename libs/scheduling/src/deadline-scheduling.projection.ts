import type { CheckpointStore, Projection, RecordedEvent } from '@hazard/event-store';
import { hasDeadlines, scheduleStreamDeadlines } from './schedule-case-deadlines';
import type { ScheduleDeps } from './schedule-case-deadlines';

const DEADLINE_SCHEDULER_SUBSCRIBER = 'deadline-scheduler';

/**
 * Schedules deadline jobs from the events, never from the HTTP path: after a page of events,
 * each major case and general hazard the page touched has its jobs in Redis made to match its
 * state. Redis
 * cannot join a transaction, so the checkpoint is saved after Redis took the page, and a
 * crash in between schedules the page again (idempotent: deterministic job ids).
 * Reconciliation at start-up covers a Redis that lost its data.
 */
export class DeadlineSchedulingProjection implements Projection {
  readonly name = DEADLINE_SCHEDULER_SUBSCRIBER;
  readonly version = 1;
  handles(event: RecordedEvent): event is RecordedEvent {
    return hasDeadlines(event.streamId);
  }

  constructor(
    private readonly deps: ScheduleDeps,
    readonly checkpoints: CheckpointStore,
  ) {}

  /** Once per stream of the page, in the order they first appear. */
  async handle(events: RecordedEvent[]): Promise<undefined> {
    for (const streamId of new Set(events.map((event) => event.streamId))) {
      await scheduleStreamDeadlines(this.deps, streamId);
    }
    return undefined;
  }

  /** Nothing to empty: replaying makes every case's jobs match its state again. */
  truncate(): undefined {
    return undefined;
  }
}
