import type {
  Checkpoint,
  CheckpointedWrite,
  CheckpointStore,
} from '../checkpoints/checkpoint-store';
import type { RecordedEvent } from '../event-store.port';

/** What a projection's `handle` and `truncate` return: writes to commit with the checkpoint. */
export type ProjectionResult = CheckpointedWrite | undefined;

/**
 * A projection, as a definition that ProjectionRunner runs: which events it wants, what it does
 * with a page of them, and how it is emptied. `R` is the events it handles, typed by their
 * stream category (e.g. `RecordedEvent<HazardEvent, EventMetadata>`).
 *
 * Exactly-once where the target is the checkpoint's database: `handle` returns its writes as
 * one synchronous function, which the checkpoint store commits in one transaction with the
 * checkpoint. Work that cannot join that transaction (Redis, a queue) is done in `handle`
 * itself, before, and is at-least-once: after a crash before the commit the page comes again,
 * so it must be idempotent (deterministic ids).
 */
export interface Projection<R extends RecordedEvent = RecordedEvent> {
  /** The subscriber's name: the key of its checkpoint, and how logs and `/health` name it. */
  readonly name: string;
  /**
   * Bump it when what the projection writes changes: at the next start it is emptied
   * (`truncate`) and every event replayed into it. Stored with the checkpoint.
   */
  readonly version: number;
  /** Where its checkpoint lives: beside what it writes, so that both commit together. */
  readonly checkpoints: CheckpointStore;
  /** The events it handles; the others only move its checkpoint on. */
  handles(event: RecordedEvent): event is R;
  /** One page of its events, in global order; never empty. */
  handle(events: R[]): Promise<ProjectionResult> | ProjectionResult;
  /**
   * Empties it, to be filled again from the first event: a new version, a rebuild, a lost
   * checkpoint. `previous` is the checkpoint it had, if any (how far the replaced data went).
   */
  truncate(previous: Checkpoint | null): Promise<ProjectionResult> | ProjectionResult;
  /**
   * Called once a page's writes and checkpoint are committed: for what the projection keeps
   * in memory about its rows (a cache), which must never run ahead of them.
   */
  committed?(): void;
  /**
   * Called each time every event in the store has been handled: for what is best done once,
   * at the end of a replay (building indexes). A failure is retried like a page's.
   */
  caughtUp?(): Promise<void> | void;
}
