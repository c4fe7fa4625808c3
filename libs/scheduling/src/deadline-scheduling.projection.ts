import type { CheckpointStore, Projection, RecordedEvent } from '@hazard/event-store';
import { hasDeadlines, streamJobOf } from './schedule-case-deadlines';
import type { ScheduleDeps } from './schedule-case-deadlines';

const DEADLINE_SCHEDULER_SUBSCRIBER = 'deadline-scheduler';

/**
 * Schedules deadline jobs from the events, never from the HTTP path: after a page of events,
 * each major case and general hazard the page touched has its one job in Redis made to match
 * its state. Redis cannot join a transaction, so the checkpoint is saved after Redis took the page, and a
 * crash in between schedules the page again (idempotent: deterministic job ids).
 * The RedisLossDetector's rebuilds cover a Redis that lost its data.
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

  /**
   * Every stream of the page folded at once (the reads overlap), then one round trip to see
   * what Redis holds and one addBulk for what it lacks.
   */
  async handle(events: RecordedEvent[]): Promise<undefined> {
    const streams = [...new Set(events.map((event) => event.streamId))];
    const targets = await Promise.all(streams.map((id) => streamJobOf(this.deps, id)));
    await this.deps.scheduler.syncPage(targets.filter((target) => target !== null));
    return undefined;
  }

  /** Nothing to empty: replaying makes every case's jobs match its state again. */
  truncate(): undefined {
    return undefined;
  }
}
