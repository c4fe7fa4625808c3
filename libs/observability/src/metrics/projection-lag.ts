import { Gauge } from 'prom-client';
import { followingProjections } from '@hazard/event-store';
import { metricsRegistry } from './registry';

/** Read at each scrape: how many events each projection this process follows has yet to apply. */
export const projectionLag = new Gauge({
  name: 'hazard_projection_lag_events',
  help: 'Events in the store that a projection (subscriber) has not applied yet, counted up to 10,000',
  labelNames: ['subscriber'] as const,
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    const statuses = await Promise.allSettled(followingProjections().map((r) => r.status()));
    for (const status of statuses) {
      if (status.status === 'fulfilled')
        this.set({ subscriber: status.value.subscriber }, status.value.behind);
    }
  },
});
