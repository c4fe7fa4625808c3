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

/** A lease this process holds until it releases it or loses it. */
export interface HeldLease {
  /** Resolves if the lease is lost (its connection broke): another process may take it now. */
  readonly lost: Promise<void>;
  release(): Promise<void>;
}

/**
 * The right to follow a subscriber whose checkpoint several processes share, held by one of
 * them at a time, so that the others do not do the same work again beside it.
 */
export interface Lease {
  /** Takes the lease if no process holds it; null when another one does. */
  tryTake(): Promise<HeldLease | null>;
}

/** Where a subscriber remembers the last global position it has fully handled. */
export interface CheckpointStore {
  load(subscriber: string): Promise<Checkpoint | null>;
  /**
   * Saves the checkpoint together with `write`: in one transaction when the store shares a
   * database with what `write` writes (SqliteCheckpointStore), so that both or neither are
   * there after a crash.
   */
  save(subscriber: string, checkpoint: Checkpoint, write?: CheckpointedWrite): Promise<void>;
  /**
   * Offered by a store that several processes share (PostgresCheckpointStore): a subscriber's
   * lease, which ProjectionRunner holds while it follows. A courtesy, not a guarantee: a lost
   * lease is noticed a moment late, so the work must stay idempotent.
   */
  lease?(subscriber: string): Lease;
}

/** A checkpoint store that owns its connection or file. */
export interface ClosableCheckpointStore extends CheckpointStore {
  close(): Promise<void>;
}
