/** Where a subscriber remembers the last global position it has fully handled. */
export interface CheckpointStore {
  load(subscriber: string): Promise<bigint | null>;
  save(subscriber: string, position: bigint): Promise<void>;
}
