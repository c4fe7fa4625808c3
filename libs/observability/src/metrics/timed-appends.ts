import type { EventStore } from '@hazard/event-store';
import { appendSeconds, timed } from './registry';

/** The store, with each append timed for hazard_event_store_append_duration_seconds. */
export function timeAppends<S extends EventStore>(store: S): S {
  const append = store.append.bind(store);
  store.append = (streamId, events, expected) =>
    timed(
      (seconds) => appendSeconds.observe(seconds),
      () => append(streamId, events, expected),
    );
  return store;
}
