import type { EventHandler, EventStore, Subscription } from '../event-store.port';
import type { CheckpointStore } from './checkpoint-store';

/**
 * Subscribes from the subscriber's checkpoint and saves the checkpoint after each handled
 * event: at-least-once delivery, so handlers must be idempotent (deterministic ids).
 */
export async function checkpointedSubscription(
  store: EventStore,
  checkpoints: CheckpointStore,
  subscriber: string,
  handler: EventHandler,
): Promise<Subscription> {
  const from = await checkpoints.load(subscriber);
  return store.subscribe(from, async (event) => {
    await handler(event);
    await checkpoints.save(subscriber, event.position);
  });
}
