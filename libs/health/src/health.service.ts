import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore, ProjectionRunner, ProjectionStatus } from '@hazard/event-store';
import { IDENTITY_RUNNER } from '@hazard/auth';
import { CampaignReadModel } from '@hazard/campaign';
import { HAZARD_CASES_RUNNER } from '@hazard/read-models';
import { RedisProbe } from './redis-probe';
import type { ProbeResult } from './redis-probe';

export interface HealthReport {
  /** `degraded`: everything answers, but Redis is being rebuilt from the events. */
  status: 'ok' | 'degraded' | 'down';
  checks: {
    eventStore: ProbeResult;
    readModels: ProbeResult & Partial<ProjectionStatus>;
    users: ProbeResult & Partial<ProjectionStatus>;
    campaign: ProbeResult & Partial<ProjectionStatus>;
    redis: ProbeResult;
  };
}

const failure = (error: unknown): ProbeResult => ({
  status: 'down',
  error: error instanceof Error ? error.message : String(error),
});

/**
 * The event store answers, the projections (hazard read models, users) run without failing
 * (their lag is reported, not judged: a rebuild or a burst is not an outage), and Redis
 * answers and holds this install's data (degraded while it is rebuilt: not an outage).
 */
@Injectable()
export class HealthService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(HAZARD_CASES_RUNNER) private readonly projection: ProjectionRunner,
    @Inject(IDENTITY_RUNNER) private readonly identity: ProjectionRunner,
    private readonly campaign: CampaignReadModel,
    private readonly redis: RedisProbe,
  ) {}

  async check(): Promise<HealthReport> {
    const [eventStore, readModels, users, campaign, redis] = await Promise.all([
      this.store.readAll(null, 1).then((): ProbeResult => ({ status: 'up' }), failure),
      this.projected(() => this.projection.status()),
      this.projected(() => this.identity.status()),
      this.projected(() => this.campaign.status()),
      this.redis.ping(),
    ]);
    const checks = { eventStore, readModels, users, campaign, redis };
    const statuses = Object.values(checks).map((c) => c.status);
    const status = statuses.includes('down')
      ? 'down'
      : statuses.includes('degraded')
        ? 'degraded'
        : 'ok';
    return { status, checks };
  }

  /** A projection is up while it follows the events without failing. */
  private async projected<S extends { running: boolean; lastError: string | null }>(
    read: () => Promise<S>,
  ): Promise<ProbeResult & Partial<S>> {
    try {
      const status = await read();
      const up = status.running && status.lastError === null;
      return { status: up ? 'up' : 'down', ...status };
    } catch (error) {
      return failure(error) as ProbeResult & Partial<S>;
    }
  }
}
