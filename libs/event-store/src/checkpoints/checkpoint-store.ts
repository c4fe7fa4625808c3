/** How far a subscriber has got, and which version of it got there. */
export interface Checkpoint {
  /** The last global position fully handled; null before the first event. */
  position: bigint | null;
  /** The subscriber's version that wrote it (see Projection.version). */
  version: number;
}

/**
 * A subscriber's own writes for the events its checkpoint covers: synchronous, so that they
 * can share the checkpoint's transaction.
 */
export type CheckpointedWrite = () => void;

/** Where a subscriber remembers the last global position it has fully handled. */
export interface CheckpointStore {
  load(subscriber: string): Promise<Checkpoint | null>;
  /**
   * Saves the checkpoint together with `write`: in one transaction when the store shares a
   * database with what `write` writes (SqliteCheckpointStore), so that both or neither are
   * there after a crash.
   */
  save(subscriber: string, checkpoint: Checkpoint, write?: CheckpointedWrite): Promise<void>;
}
